// An append-only Int32Array. Typed, contiguous storage keeps per-document data that is read
// in tight loops (facet counting over thousands of hits) in cache instead of scattered across
// the heap in small arrays.

export class GrowableInt32Array {
  private buffer: Int32Array;
  length = 0;

  constructor(initialCapacity = 1024) {
    this.buffer = new Int32Array(initialCapacity);
  }

  /** The backing array; valid up to `length`, and only until the next push. */
  get array(): Int32Array {
    return this.buffer;
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  set(index: number, value: number): void {
    this.buffer[index] = value;
  }
}
