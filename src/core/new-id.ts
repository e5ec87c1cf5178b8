// A new id for an assessment, workshop, ballot, map member or tie: 64 random bits as 16 hex digits.
// From crypto.getRandomValues, which browsers offer on plain-http pages too (randomUUID they do not,
// and a participant on the room's wifi may be on one); short, so a ballot's QR code stays small. In a
// module of its own so that the network map's code, loaded after the first screen, can use it
// without sharing the assessment's module.
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}
