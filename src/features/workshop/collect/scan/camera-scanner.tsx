// The live scanner, loaded only when the facilitator presses "Scan ballots with the camera": the
// camera preview, frames decoded in a worker, and for every code read the ballot added at once
// with a tick on screen, a tick to hear and the running count in a live region. A code still held
// up is read once; shown again later, it gets a note that the ballot is already in.
import { useEffect, useRef, useState } from 'react';
import { acceptScan } from '../../../../core/ballot-scan';
import type { ScanOutcome } from '../../../../core/ballot-scan';
import { BUILTIN_RUBRICS } from '../../../../core/builtin-rubrics';
import { rosterFor } from '../../../../core/roster';
import type { Rubric } from '../../../../core/rubric-schema';
import { readProblemWords } from '../../../../components/problem-messages';
import { useAppStore } from '../../../../store/store';
import { messages } from '../../messages';
import { beep } from './beep';
import type { BeepKind } from './beep';
import { cameraProblemOf, CameraError, openCamera, stopCamera } from './camera';
import type { CameraProblem } from './camera';
import { createFrameDecoder } from './frame-decoder';
import './scan.css';

/** Frames are scaled down to this many pixels on their long side: enough for a code at arm's length. */
const MAX_SIDE = 960;
/** A code unseen for this long and shown again counts as shown again. */
const HOLD_MS = 2500;
/** Rest between frames, so a fast decoder does not keep a laptop's fan running. */
const REST_MS = 40;
const SOUND_KEY = 'fivefold:scan-sound';

interface Props {
  workshopId: string;
  rubric: Rubric;
  /** The scanner is done: stopped by the user (null) or by a camera problem. */
  onClose: (problem: CameraProblem | null) => void;
}

interface Seen {
  outcome: ScanOutcome;
  /** Tells one event from the next, to replay the tick. */
  key: number;
}

function soundWanted(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) !== 'off';
  } catch {
    return true;
  }
}

function eventWords(outcome: ScanOutcome): string {
  const name = 'ballot' in outcome ? (outcome.ballot.participant?.trim() ?? null) || null : null;
  switch (outcome.kind) {
    case 'added':
      return outcome.notesLeftOut ? `${messages.scanAdded(name)} ${messages.scanNotesLater}` : messages.scanAdded(name);
    case 'duplicate':
      return messages.scanAlreadyIn(name);
    case 'completed':
      return messages.scanCompleted(name);
    case 'refused':
      return readProblemWords(outcome.problem, { rubrics: BUILTIN_RUBRICS, source: 'link' }).lead.join(' ');
  }
}

const TICK_MARKS = {
  added: { glyph: '✓', modifier: '' },
  duplicate: { glyph: '=', modifier: ' scanner__tick--again' },
  refused: { glyph: '✕', modifier: ' scanner__tick--refused' },
} as const;

const BEEPS: Record<ScanOutcome['kind'], BeepKind> = { added: 'added', completed: 'added', duplicate: 'note', refused: 'refused' };

export default function CameraScanner({ workshopId, rubric, onClose }: Props) {
  const updateWorkshop = useAppStore((s) => s.updateWorkshop);
  const workshop = useAppStore((s) => s.workshops[workshopId]);
  const root = useRef<HTMLDivElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const [live, setLive] = useState(false);
  const [added, setAdded] = useState(0);
  const [seen, setSeen] = useState<Seen | null>(null);
  const [sound, setSound] = useState(soundWanted);
  const soundRef = useRef(sound);
  const closeRef = useRef(onClose);

  useEffect(() => {
    soundRef.current = sound;
    closeRef.current = onClose;
  });

  // The whole scanner in view from its top (on a phone it starts below the fold, and the preview,
  // counts, what happened and Stop fit 740 px only from there), and the keyboard on Stop.
  useEffect(() => {
    root.current?.scrollIntoView?.({ block: 'start' });
    stopButton.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    const preview = video.current;
    let events = 0;
    let decoder: ReturnType<typeof createFrameDecoder>;
    try {
      decoder = createFrameDecoder(() => closeRef.current('failed'));
    } catch {
      queueMicrotask(() => closeRef.current('failed'));
      return;
    }
    const canvas = document.createElement('canvas');
    const recent = new Map<string, number>();

    const handle = (text: string, now: number) => {
      const last = recent.get(text);
      recent.set(text, now);
      if (last !== undefined && now - last < HOLD_MS) return;
      let outcome: ScanOutcome | null = null;
      updateWorkshop(workshopId, (w) => {
        const result = acceptScan(w, rubric, text);
        outcome = result.outcome;
        return result.workshop;
      });
      const happened = outcome as ScanOutcome | null;
      if (!happened) return;
      if (happened.kind === 'added') setAdded((n) => n + 1);
      setSeen({ outcome: happened, key: ++events });
      if (soundRef.current) beep(BEEPS[happened.kind]);
    };

    const scan = async () => {
      const context = canvas.getContext('2d', { willReadFrequently: true });
      while (!stopped && context) {
        const v = preview;
        if (v && v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && v.videoWidth > 0) {
          const scale = Math.min(1, MAX_SIDE / Math.max(v.videoWidth, v.videoHeight));
          canvas.width = Math.round(v.videoWidth * scale);
          canvas.height = Math.round(v.videoHeight * scale);
          context.drawImage(v, 0, 0, canvas.width, canvas.height);
          const { texts } = await decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height));
          if (stopped) break;
          const now = performance.now();
          for (const text of new Set(texts)) handle(text, now);
        }
        await new Promise((resolve) => setTimeout(resolve, REST_MS));
      }
    };

    openCamera()
      .then(async (s) => {
        stream = s;
        if (stopped) return stopCamera(s);
        s.getVideoTracks()[0]?.addEventListener('ended', () => closeRef.current('stopped'));
        if (!preview) throw new CameraError('failed');
        preview.srcObject = s;
        await preview.play();
        setLive(true);
        void scan();
      })
      .catch((e: unknown) => {
        if (!stopped) closeRef.current(cameraProblemOf(e));
      });

    return () => {
      stopped = true;
      stopCamera(stream);
      decoder.close();
      if (preview) preview.srcObject = null;
    };
  }, [workshopId, rubric, updateWorkshop]);

  const kind = seen?.outcome.kind;
  // One look per outcome: a new ballot a green tick, one already in an amber "=" (nothing new was
  // added), a refusal a red cross.
  const mark = kind === 'refused' ? TICK_MARKS.refused : kind === 'duplicate' ? TICK_MARKS.duplicate : TICK_MARKS.added;
  // Who has handed in, by every way, in view while scanning: the roster card is out of sight above.
  const roster = workshop ? rosterFor(rubric, workshop) : null;
  const handedIn = roster && workshop ? `${roster.count} ${messages.handedInOf(roster.expected, workshop.currentRound)}` : '';
  return (
    <div className="scanner" ref={root}>
      <div className="scanner__view">
        <video ref={video} className="scanner__video" muted playsInline aria-label={messages.scanPreview} />
        <div className="scanner__frame" aria-hidden="true" />
        {seen && (
          <div key={seen.key} className={`scanner__tick${mark.modifier}`} aria-hidden="true" data-outcome={kind}>
            {mark.glyph}
          </div>
        )}
      </div>
      <div className="scanner__side">
        <p className="scanner__count" aria-hidden="true">
          {live ? messages.scanAddedCount(added) : messages.scanStarting}
        </p>
        {live && handedIn && (
          <p className="scanner__roster" aria-hidden="true">
            {handedIn}
          </p>
        )}
        <p className="muted">{messages.scanAim}</p>
        {/* One live region for what just happened and the running counts, read out in that order. */}
        <p role="status" className={`scanner__status${seen ? (kind === 'refused' ? ' notice notice--error' : ' notice') : ''}`}>
          {seen && `${eventWords(seen.outcome)} ${messages.scanAddedCount(added)}.${handedIn && ` ${handedIn}.`}`}
        </p>
        <div className="actions__row">
          <button ref={stopButton} type="button" className="button" onClick={() => onClose(null)}>
            {messages.scanStop}
          </button>
          <label className="scanner__sound">
            <input
              type="checkbox"
              checked={sound}
              onChange={(e) => {
                setSound(e.target.checked);
                try {
                  localStorage.setItem(SOUND_KEY, e.target.checked ? 'on' : 'off');
                } catch {
                  // Not remembered: the choice holds until the page closes.
                }
              }}
            />{' '}
            {messages.scanSound}
          </label>
        </div>
      </div>
    </div>
  );
}
