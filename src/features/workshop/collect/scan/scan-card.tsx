// "Scan ballots" on the Collect screen: a button that opens the camera scanner (loaded only then,
// with its decoder), and, when the camera is refused or missing, a plain message that every other
// way of collecting still works. On a plain-http page at a network address (a phone or a second
// laptop on the room's wifi) no browser offers a camera: that is said at once, with where it works,
// instead of a button that could only fail.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { findRubric } from '../../../../core/builtin-rubrics';
import type { Workshop } from '../../../../core/workshop';
import { messages } from '../../messages';
import type { CameraProblem } from './camera';

const CameraScanner = lazy(() => import('./camera-scanner'));

export function ScanCard({ workshop }: { workshop: Workshop }) {
  const uid = useId();
  const rubric = findRubric(workshop.rubric);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const focusStart = useRef(false);

  // Back on the start button once the scanner has gone (after the render that brings it back, not
  // on a guessed frame: a refusal can come before the scanner has finished loading).
  useEffect(() => {
    if (open || !focusStart.current) return;
    focusStart.current = false;
    startButton.current?.focus();
  }, [open, problem]);

  if (!rubric) return null;

  if (window.isSecureContext === false && !navigator.mediaDevices?.getUserMedia) {
    const local = `http://localhost${window.location.port ? `:${window.location.port}` : ''}${window.location.pathname}`;
    return (
      <section className="card" aria-labelledby={`${uid}-title`}>
        <h2 id={`${uid}-title`}>{messages.scanTitle}</h2>
        <div className="notice notice--warning">
          <p>
            <strong>{messages.cameraInsecureTitle}</strong>
          </p>
          <p>{messages.cameraInsecure(window.location.origin, local)}</p>
          <p>{messages.cameraOtherWays}</p>
        </div>
      </section>
    );
  }

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
    focusStart.current = true;
    setOpen(false);
    setProblem(why);
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
