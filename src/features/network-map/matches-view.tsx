// Co-op-to-co-op matches, ranked by core's rule (not yet tied first), each with "Add to plan": an
// action in the plan of the network's latest assessment, linked to nothing but saying where it came from.
import { useMemo, useState } from 'react';
import { newAction } from '../../core/action-plan';
import { compareInTime, inTime } from '../../core/network-history';
import type { NetworkMap } from '../../core/network-map';
import { findMatches } from '../../core/network-matches';
import type { Match } from '../../core/network-matches';
import { CATEGORY_LABELS } from '../../components/network-map-words';
import { formatDay } from '../../components/format';
import { hrefFor } from '../../components/router';
import { useAppStore } from '../../store/store';
import { FilteredList } from './filtered-list';
import { messages } from './messages';
import { words } from './words';

export function MatchesView({ map, networkId }: { map: NetworkMap; networkId: string }) {
  const matches = useMemo(() => findMatches(map), [map]);
  const names = useMemo(() => new Map(map.members.map((m) => [m.id, m.name])), [map.members]);
  const nameOf = (id: string) => names.get(id) ?? '';
  // The plan a match goes to: the network's latest assessment.
  const latest = useAppStore((s) => {
    let best = null;
    for (const a of Object.values(s.assessments)) {
      if (a.networkId === networkId && (best === null || compareInTime(inTime(a), inTime(best)) > 0)) best = a;
    }
    return best;
  });
  const changePlan = useAppStore((s) => s.changePlan);
  const [added, setAdded] = useState('');

  const actionText = (m: Match) => messages.planAction(nameOf(m.needer), nameOf(m.offerer), CATEGORY_LABELS[m.category].toLowerCase());
  const inPlan = (m: Match) => latest?.actions.some((a) => a.text === actionText(m)) ?? false;
  const addToPlan = (m: Match) => {
    if (!latest) return;
    const sentence = words.matchSentence(m, nameOf);
    changePlan({ kind: 'assessment', id: latest.id }, (actions) => [...actions, newAction({ text: actionText(m), note: messages.planNote(sentence) })]);
    setAdded(messages.addedToPlan(latest.networkName, formatDay(latest.assessedOn)));
  };

  return (
    <section className="card" aria-labelledby="map-matches-title">
      <h2 id="map-matches-title">{messages.matchesTitle}</h2>
      <p className="small muted">{messages.matchesIntro}</p>
      {latest ? (
        <p className="small">
          {messages.planGoesTo(latest.networkName, formatDay(latest.assessedOn))}{' '}
          <a href={hrefFor({ name: 'results', id: latest.id })}>{messages.openResults}</a>
        </p>
      ) : (
        <p className="notice">{messages.noAssessment}</p>
      )}
      <p role="status" className="small">
        {added}
      </p>
      {matches.length === 0 ? (
        <p className="muted">{messages.matchesEmpty}</p>
      ) : (
        <>
          <p className="small">{messages.matchesCount(matches.length)}</p>
          <FilteredList
            items={matches}
            keyOf={(m) => `${m.needer}\u0000${m.offerer}\u0000${m.category}\u0000${m.needText ?? ''}`}
            textOf={(m) => `${nameOf(m.needer)}\n${nameOf(m.offerer)}`}
            render={(m) => {
              const sentence = words.matchSentence(m, nameOf);
              const planned = inPlan(m);
              return (
                <li className="map-item">
                  <div className="map-item__text">
                    <span className="user-text">{sentence}</span>
                    <span className="small">
                      <span className={`tag${m.tied ? '' : ' tag--open'}`}>{words.matchTie(m)}</span> <span className="muted">{words.scarce(m)}</span>
                    </span>
                  </div>
                  {latest && (
                    <div className="map-item__actions">
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={messages.addToPlanLabel(sentence)}
                        disabled={planned}
                        onClick={() => addToPlan(m)}
                      >
                        {planned ? messages.inPlan : messages.addToPlan}
                      </button>
                    </div>
                  )}
                </li>
              );
            }}
          />
        </>
      )}
      {!latest && (
        <a className="button button--secondary" href={hrefFor({ name: 'home' })}>
          {messages.startAssessment}
        </a>
      )}
    </section>
  );
}
