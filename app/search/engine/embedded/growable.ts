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

/**
 * A grow-only scratch buffer handed out as a subarray of the requested length. Searches run
 * synchronously one at a time, so one buffer per purpose per index is enough, and reusing it
 * keeps large per-query arrays (ranking keys, filter masks) out of the garbage collector.
 */
export class ScratchBuffer<T extends Float64Array | Int32Array | Uint8Array> {
  private buffer: T;

  constructor(private readonly allocate: (length: number) => T) {
    this.buffer = allocate(0);
  }

  /** A view of `length` elements; contents are left over from earlier use unless `zeroed`. */
  take(length: number, zeroed = false): T {
    if (this.buffer.length < length) this.buffer = this.allocate(Math.max(length, this.buffer.length * 2));
    const view = this.buffer.subarray(0, length) as T;
    if (zeroed) view.fill(0);
    return view;
  }
}
