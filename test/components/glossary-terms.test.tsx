// @vitest-environment jsdom
// Every glossary term of the shipped rubric, where a question first uses it, shows its definition
// (and example) by keyboard focus, by pointer hover and by a tap, and describes its button with it;
// a tap on a term inside a level's label does not choose that level. The example rubric's terms too.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FIVE_PRINCIPLES } from '../../src/core/builtin-rubrics';
import type { GlossaryEntry, Indicator, Rubric } from '../../src/core/rubric-schema';
import { firstUses } from '../../src/components/glossary-marks';
import { TermText } from '../../src/components/glossary-term';
import { QuestionCard } from '../../src/components/question-card';
import exampleJson from '../../rubrics/examples/housing-federation-health-check.json';

const EXAMPLE = exampleJson as unknown as Rubric;

const textsOf = (ind: Indicator) => [ind.question, ind.help, ...ind.levels.map((l) => l.description)];

function renderCard(rubric: Rubric, indicator: Indicator, number: string, alone: boolean) {
  const onValue = vi.fn();
  const glossary = rubric.glossary ?? [];
  render(
    <QuestionCard
      indicator={indicator}
      number={number}
      value={undefined}
      note={undefined}
      onValue={onValue}
      onNote={() => {}}
      glossary={glossary}
      alone={alone ? { glossary, onEnter: () => {} } : undefined}
    />,
  );
  return onValue;
}

interface Case {
  entry: GlossaryEntry;
  text: string;
  /** Renders where the term is first marked; returns the level-choosing callback, if a question. */
  show: (alone: boolean) => ReturnType<typeof vi.fn>;
}

/** For each glossary entry, the first place that marks it: a question card, else the other rubric texts the screens mark. */
function whereMarked(rubric: Rubric): Case[] {
  const glossary = rubric.glossary ?? [];
  const others = [
    ...rubric.principles.flatMap((p) => [p.definition, p.whyItMatters, ...(['low', 'middle', 'high'] as const).flatMap((t) => p.recommendations[t].map((r) => r.text))]),
    ...rubric.stages.map((st) => st.description),
  ];
  return glossary.map((entry, gi) => {
    for (const [pi, p] of rubric.principles.entries()) {
      for (const [ii, ind] of p.indicators.entries()) {
        const mark = firstUses(textsOf(ind), glossary).flat().find((m) => m.entry === gi);
        if (mark) return { entry, text: mark.text, show: (alone) => renderCard(rubric, ind, `${pi + 1}.${ii + 1}`, alone) };
      }
    }
    for (const text of others) {
      const marks = firstUses([text], glossary)[0]!;
      const mark = marks.find((m) => m.entry === gi);
      if (mark) {
        return {
          entry,
          text: mark.text,
          show: () => {
            const onValue = vi.fn();
            render(
              <fieldset role="radiogroup" aria-label="A choice">
                <label>
                  <input type="radio" name="x" onChange={onValue} /> <TermText text={text} marks={marks} glossary={glossary} />
                </label>
              </fieldset>,
            );
            return onValue;
          },
        };
      }
    }
    throw new Error(`the glossary term "${entry.term}" is marked nowhere`);
  });
}

const definitionText = (entry: GlossaryEntry) => new RegExp(entry.definition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe.each([
  ['the shipped rubric', FIVE_PRINCIPLES],
  ['the example rubric', EXAMPLE],
])('glossary terms of %s', (_name, rubric) => {
  const cases = whereMarked(rubric);

  it('has a glossary, each term marked in some question', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases).toHaveLength(rubric.glossary!.length);
  });

  it.each(cases.map((c) => [c.entry.term, c] as const))('“%s” shows its definition by keyboard', async (_term, c) => {
    const user = userEvent.setup();
    c.show(false);
    const button = screen.getAllByRole('button', { name: c.text }).find((b) => b.classList.contains('term__button'))!;
    const tip = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(tip).not.toBeVisible();
    expect(button).toHaveAccessibleDescription(definitionText(c.entry));
    for (let i = 0; i < 300 && document.activeElement !== button; i += 1) await user.tab();
    expect(button).toHaveFocus();
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent(definitionText(c.entry));
    if (c.entry.example) expect(tip).toHaveTextContent(c.entry.example);
    await user.keyboard('{Escape}');
    expect(tip).not.toBeVisible();
    await user.tab();
    expect(button).not.toHaveFocus();
  });

  it.each(cases.map((c) => [c.entry.term, c] as const))('“%s” shows its definition by pointer, and a tap picks no level', async (_term, c) => {
    const user = userEvent.setup();
    const onValue = c.show(true);
    const button = screen.getAllByRole('button', { name: c.text }).find((b) => b.classList.contains('term__button'))!;
    const tip = document.getElementById(button.getAttribute('aria-describedby')!)!;
    // Alone on its screen, the help sits in "More about this question": the reader opens it first.
    const details = button.closest('details');
    if (details && !details.open) await user.click(details.querySelector('summary')!);
    await user.hover(button);
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent(definitionText(c.entry));
    await user.unhover(button);
    expect(tip).not.toBeVisible();
    await user.click(button);
    expect(tip).toBeVisible();
    expect(onValue).not.toHaveBeenCalled();
    expect(within(screen.getByRole('radiogroup')).getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
  });
});
