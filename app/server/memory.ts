import v8 from "node:v8";

/**
 * How far V8 lets the heap grow past what was live after its last full collection, in percent. V8 otherwise picks
 * a factor of up to 4: under load the server's heap grew to 300+ MB around about 100 MB of live objects, and
 * its memory to 470-510 MB. At 50% it stayed at 170 MB (memory 310 MB) for the same CPU per request
 * (docs/performance.md, third round). Unlike a hard cap (--max-old-space-size) it never makes the process run
 * out of memory when more is truly live, e.g. once the de-identifier's dictionaries are loaded.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Applies HEAP_GROWING_PERCENT to this process. V8 reads the flag at each full collection, so setting it after start works. */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT) {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
