// Opening the camera for scanning, and why it could not be opened, as a code the screen words.
// The back camera is preferred (a phone held by the facilitator points it at the participant).

export type CameraProblem =
  /** The page is not a secure context (plain http on a LAN), so the browser offers no camera. */
  | 'insecure'
  /** The browser has no camera interface at all. */
  | 'unsupported'
  | 'denied'
  | 'no-camera'
  /** Another program holds the camera, or the system refused it. */
  | 'busy'
  /** The camera stopped while scanning (unplugged, or taken by another program). */
  | 'stopped'
  | 'failed';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

export function cameraProblemOf(error: unknown): CameraProblem {
  if (error instanceof CameraError) return error.problem;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'failed';
}

export async function openCamera(): Promise<MediaStream> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!media?.getUserMedia) throw new CameraError(window.isSecureContext === false ? 'insecure' : 'unsupported');
  return media.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
  });
}

export function stopCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
