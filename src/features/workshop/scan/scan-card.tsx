// "Scan ballots" on the Collect screen: a button that opens the camera scanner (loaded only then,
// with its decoder), and, when the camera is refused or missing, a plain message that every other
// way of collecting still works.
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { findRubric } from '../../../core/builtin-rubrics';
import type { Workshop } from '../../../core/workshop';
import { messages } from '../messages';
import type { CameraProblem } from './camera';

const CameraScanner = lazy(() => import('./camera-scanner'));

export function ScanCard({ workshop }: { workshop: Workshop }) {
  const uid = useId();
  const rubric = findRubric(workshop.rubric);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  if (!rubric) return null;

  const start = () => {
    setProblem(null);
    // Said at once where the browser offers no camera at all (a plain-http page on a LAN).
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(window.isSecureContext === false ? 'insecure' : 'unsupported');
      return;
    }
    setOpen(true);
  };

  const close = (why: CameraProblem | null) => {
    setOpen(false);
    setProblem(why);
    requestAnimationFrame(() => startButton.current?.focus());
  };

  return (
    <section className="card" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{messages.scanTitle}</h2>
      <p>{messages.scanIntro}</p>
      {problem && (
        <div className="notice notice--warning" role="alert">
          <p>{messages.cameraProblems[problem]}</p>
          <p>{messages.cameraOtherWays}</p>
        </div>
      )}
      {open ? (
        <Suspense fallback={<p role="status">{messages.scanStarting}</p>}>
          <CameraScanner workshopId={workshop.id} rubric={rubric} onClose={close} />
        </Suspense>
      ) : (
        <button ref={startButton} type="button" className="button" onClick={start}>
          {messages.scanStart}
        </button>
      )}
    </section>
  );
}
