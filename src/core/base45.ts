// Bytes as text in the 45 characters of a QR code's alphanumeric mode (RFC 9285): two bytes become
// three characters, so a binary payload costs 5.5 bits a byte in the code, against 8 as bytes.
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function toBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i]! * 256 + bytes[i + 1]!;
      for (let k = 0; k < 3; k++, n = Math.floor(n / 45)) out += BASE45_ALPHABET[n % 45];
    } else {
      const n = bytes[i]!;
      out += BASE45_ALPHABET[n % 45]! + BASE45_ALPHABET[Math.floor(n / 45)]!;
    }
  }
  return out;
}

/** The bytes, or null when the text holds a character outside the alphabet or cannot be bytes. */
export function fromBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let j = 0;
  for (let i = 0; i < text.length; i += 3) {
    const digits = [...text.slice(i, i + 3)].map((ch) => BASE45_ALPHABET.indexOf(ch));
    if (digits.some((d) => d < 0)) return null;
    const n = digits.reduce((acc, d, k) => acc + d * 45 ** k, 0);
    if (digits.length === 3) {
      if (n > 0xffff) return null;
      out[j++] = n >> 8;
      out[j++] = n & 0xff;
    } else {
      if (n > 0xff) return null;
      out[j++] = n;
    }
  }
  return out;
}
