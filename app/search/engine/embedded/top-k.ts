// Selecting the k smallest of many keys without sorting them all: a page needs 20 results,
// a popular word matches thousands of documents.

/** The `k` smallest values of `keys`, ascending. May reorder `keys` (callers pass scratch). */
export function smallestSorted(keys: Float64Array, k: number): Float64Array {
  const n = keys.length;
  if (k <= 0) return new Float64Array(0);
  // A full native sort (in place) wins when most of the array is wanted anyway.
  if (k * 8 >= n) return keys.sort().subarray(0, Math.min(k, n));

  // Max-heap of the k best so far: anything larger than its root cannot make the cut.
  const heap = keys.slice(0, k);
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(heap, i, k);
  for (let i = k; i < n; i++) {
    if (keys[i] < heap[0]) {
      heap[0] = keys[i];
      siftDown(heap, 0, k);
    }
  }
  return heap.sort();
}

function siftDown(heap: Float64Array, start: number, size: number): void {
  let i = start;
  const value = heap[i];
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[child + 1] > heap[child]) child++;
    if (heap[child] <= value) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = value;
}
