// The workshop's screens, as a row of tab-like links; the current one is marked.
import { hrefFor, WORKSHOP_VIEWS } from '../../components/router';
import type { WorkshopView } from '../../components/router';
import { messages } from './messages';

/** Every screen but passing the device round, which is reached from Collect. */
export type NavView = Exclude<WorkshopView, 'pass'>;
export const NAV_VIEWS = WORKSHOP_VIEWS.filter((v): v is NavView => v !== 'pass');

export function WorkshopNav({ workshopId, current }: { workshopId: string; current: NavView }) {
  return (
    <nav className="workshop-nav no-print" aria-label={messages.navLabel}>
      <ul>
        {NAV_VIEWS.map((view) => (
          <li key={view}>
            <a href={hrefFor({ name: 'workshop', id: workshopId, view })} aria-current={view === current ? 'page' : undefined}>
              {messages.viewTitles[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
