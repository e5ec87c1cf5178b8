// Which assessments are "the same network": names compared without case, accents kept, spaces folded.
export function networkKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
