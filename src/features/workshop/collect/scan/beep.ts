// The scanner's audible tick: a short tone from the Web Audio API (no sound file to fetch). A ballot
// added is a bright tick; a note ("already in") a softer, lower one; a refusal a low buzz.
export type BeepKind = 'added' | 'note' | 'refused';

const TONES: Record<BeepKind, { hz: number; seconds: number }> = {
  added: { hz: 1320, seconds: 0.09 },
  note: { hz: 660, seconds: 0.07 },
  refused: { hz: 220, seconds: 0.18 },
};

let context: AudioContext | null = null;

export function beep(kind: BeepKind): void {
  try {
    const Context = window.AudioContext as typeof AudioContext | undefined;
    if (!Context) return;
    context ??= new Context();
    void context.resume();
    const { hz, seconds } = TONES[kind];
    const start = context.currentTime;
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.frequency.value = hz;
    tone.type = kind === 'refused' ? 'square' : 'sine';
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(0.25, start + 0.01);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    tone.connect(volume).connect(context.destination);
    tone.start(start);
    tone.stop(start + seconds + 0.02);
  } catch {
    // No sound is no reason to stop scanning: the tick on screen and the count still say it.
  }
}
