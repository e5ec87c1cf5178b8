// Writing and reading whole numbers a few bits at a time, most significant bit first: how a ballot
// code packs an answer into 3 bits instead of a word.

export class BitWriter {
  private readonly bits: number[] = [];

  /** Appends `value` (0 ≤ value < 2^width, width ≤ 32) in `width` bits. */
  write(value: number, width: number): this {
    for (let k = width - 1; k >= 0; k--) this.bits.push(Math.floor(value / 2 ** k) % 2);
    return this;
  }

  writeBytes(bytes: Uint8Array): this {
    for (const b of bytes) this.write(b, 8);
    return this;
  }

  /** The bits so far, padded with zeros to a whole byte. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((bit, i) => {
      if (bit) out[i >> 3]! |= 0x80 >> (i & 7);
    });
    return out;
  }
}

export class BitReader {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** The next `width` bits as a number; throws past the end, which the caller reports as damage. */
  read(width: number): number {
    if (this.at + width > this.bytes.length * 8) throw new RangeError('past the end');
    let value = 0;
    for (let k = 0; k < width; k++, this.at++) value = value * 2 + ((this.bytes[this.at >> 3]! >> (7 - (this.at & 7))) & 1);
    return value;
  }

  readBytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = this.read(8);
    return out;
  }

  /** Bits left before the end of the last byte. */
  get remaining(): number {
    return this.bytes.length * 8 - this.at;
  }
}
