/**
 * Bounds-checked little-endian reads over a stream of a .doc file. A read past the end
 * throws DocFormatError, which the reader turns into one diagnostic: a damaged or
 * hostile file never reads outside its bytes nor loops on its own offsets.
 */

export class DocFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocFormatError';
  }
}

export class Bytes {
  private readonly view: DataView;

  constructor(
    readonly data: Uint8Array,
    /** The stream's name, for messages ("WordDocument", "1Table"). */
    readonly name: string,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  private check(offset: number, size: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset + size > this.data.length) {
      throw new DocFormatError(`the ${this.name} stream is truncated (a structure at byte ${offset} runs past its end, ${this.data.length})`);
    }
  }

  u8(offset: number): number {
    this.check(offset, 1);
    return this.data[offset]!;
  }

  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, true);
  }

  i16(offset: number): number {
    this.check(offset, 2);
    return this.view.getInt16(offset, true);
  }

  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, true);
  }

  i32(offset: number): number {
    this.check(offset, 4);
    return this.view.getInt32(offset, true);
  }

  slice(offset: number, size: number): Uint8Array {
    this.check(offset, size);
    return this.data.subarray(offset, offset + size);
  }

  /** A sub-range as its own Bytes (offsets restart at 0). */
  sub(offset: number, size: number, name = this.name): Bytes {
    return new Bytes(this.slice(offset, size), name);
  }
}
