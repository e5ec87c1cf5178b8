// @vitest-environment jsdom
// The network map screen as a user works it, by keyboard: a member added with Enter, a problem named
// beside its field with nothing saved, a tie with two kinds, a removal undone, a wrong CSV that
// changes nothing; and the "From your network map" line beside a question the map informs.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNetworkMap } from '../../src/core/network-map';
import MapEvidenceNote from '../../src/components/map-evidence';
import NetworkMapPage from '../../src/features/network-map/network-map-page';
import { useAppStore } from '../../src/store/store';
import { mapOf, member, tie } from '../fixtures/network-maps';
import { expectPlain } from '../helpers/plain-words';
import { resetStore } from '../store/reset-store';

beforeEach(resetStore);

const NAME = 'Ría de Vigo Co-operative Network';
const start = () => useAppStore.getState().startNetworkMap(NAME, createNetworkMap);
const mapOfStore = (id: string) => useAppStore.getState().networkMaps[id]!;

describe('the network map screen', () => {
  it('adds members by keyboard, names a problem beside its field and saves nothing then', async () => {
    const id = start();
    const user = userEvent.setup();
    const { rerender } = render(<NetworkMapPage networkId={id} view="members" />);
    expect(screen.getByRole('heading', { level: 1, name: NAME })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Add a member' });
    await user.type(within(form).getByLabelText('Name'), 'Cooperativa Ñandú{Enter}');
    await screen.findByText('Added Cooperativa Ñandú.');
    expect(mapOfStore(id).members.map((m) => m.name)).toEqual(['Cooperativa Ñandú']);

    // The same name again: refused, said beside the field, the map unchanged.
    await user.type(within(form).getByLabelText('Name'), 'Cooperativa Ñandú{Enter}');
    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const problem = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').find((x) => x.endsWith('problem')) ?? '');
    expect(problem?.textContent).toContain('“Cooperativa Ñandú” is already on the map');
    expectPlain(problem?.textContent ?? '');
    expect(mapOfStore(id).members).toHaveLength(1);

    await user.clear(name);
    await user.type(name, 'Ledger Workers’ Co-op');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Support body');
    await user.click(within(form).getByRole('button', { name: 'Add member' }));
    await screen.findByText('Added Ledger Workers’ Co-op.');

    rerender(<NetworkMapPage networkId={id} view="ties" />);
    const tieForm = screen.getByRole('form', { name: 'Tie two members' });
    await user.selectOptions(within(tieForm).getByLabelText('From'), 'Cooperativa Ñandú');
    await user.selectOptions(within(tieForm).getByLabelText('To'), 'Ledger Workers’ Co-op');
    await user.click(within(tieForm).getByRole('checkbox', { name: 'Trade' }));
    await user.click(within(tieForm).getByRole('checkbox', { name: 'Education/training' }));
    await user.click(within(tieForm).getByRole('checkbox', { name: 'In writing' }));
    await user.type(within(tieForm).getByLabelText('Since'), '2019');
    await user.click(within(tieForm).getByRole('button', { name: 'Add tie' }));
    await screen.findByText('Tied Cooperativa Ñandú and Ledger Workers’ Co-op.');
    expect(mapOfStore(id).ties).toEqual([expect.objectContaining({ kinds: ['trade', 'education'], written: true, since: 2019 })]);
  });

  it('undoes removing a member, its tie with it', async () => {
    const map = { ...mapOf([member('a', { name: 'Alpha' }), member('b', { name: 'Beta' })], [tie('a', 'b')]) };
    const id = start();
    useAppStore.getState().saveNetworkMap({ ...map, networkId: id });
    const user = userEvent.setup();
    render(<NetworkMapPage networkId={id} view="members" />);
    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    await screen.findByText('Removed Alpha and 1 tie with it.');
    expect(mapOfStore(id).members.map((m) => m.name)).toEqual(['Beta']);
    expect(mapOfStore(id).ties).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(mapOfStore(id).members.map((m) => m.name)).toEqual(['Alpha', 'Beta']));
    expect(mapOfStore(id).ties).toHaveLength(1);
  });

  it('imports nothing from a CSV with one wrong row, and names the row and column in plain words', async () => {
    const id = start();
    const user = userEvent.setup({ applyAccept: false });
    render(<NetworkMapPage networkId={id} view="members" />);
    const csv = 'name,sector,kind\nGood One,Retail,worker\nBad One,Retail,cooperative\n';
    await user.upload(screen.getByLabelText('Import members'), new File([csv], 'members.csv', { type: 'text/csv' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported from “members.csv”');
    expect(alert.textContent).toContain('Row 3, column');
    expect(useAppStore.getState().networkMaps[id]?.members ?? []).toEqual([]);
  });
});

describe('the "From your network map" line', () => {
  it('states the diversity of sectors among member co-ops beside that question, and nothing beside one the map does not inform', () => {
    const id = start();
    useAppStore.getState().saveNetworkMap({
      ...mapOf([
        member('a', { sector: 'food-farming' }),
        member('b', { sector: 'food-farming' }),
        member('c', { sector: 'housing' }),
        member('d', { sector: 'retail', kind: 'support-body' }),
      ]),
      networkId: id,
    });
    const { container, rerender } = render(<MapEvidenceNote networkId={id} indicatorId="div-sectors" />);
    // Three co-ops (the support body is a partner): 2 sectors, food and farming 2 of 3.
    expect(container.textContent).toBe('From your network map: 2 sectors; the largest holds 67% of member co-ops');
    rerender(<MapEvidenceNote networkId={id} indicatorId="gen-indivisible-reserves" />);
    expect(container.textContent).toBe('');
  });
});
