// A fresh id for a record, a member or a tie: a UUID where the browser offers one (a secure page),
// else time and randomness. In a module of its own so that the network map's code, loaded after the
// first screen, does not share the assessment's module with it.
export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
