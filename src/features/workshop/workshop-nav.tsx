// The workshop's screens, as a row of tab-like links; the current one is marked.
import { hrefFor } from '../../components/router';
import { messages } from './messages';

export const NAV_VIEWS = ['setup', 'collect', 'tally', 'picture', 'agree', 'groups', 'present'] as const;
export type NavView = (typeof NAV_VIEWS)[number];

export function WorkshopNav({ current }: { current: NavView }) {
  return (
    <nav className="workshop-nav no-print" aria-label={messages.navLabel}>
      <ul>
        {NAV_VIEWS.map((view) => (
          <li key={view}>
            <a href={hrefFor({ name: 'workshop', view })} aria-current={view === current ? 'page' : undefined}>
              {messages.viewTitles[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
