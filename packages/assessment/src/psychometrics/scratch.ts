/** A reusable working array: `take` a view of it, `release` it when done. */
export interface Scratch {
  take(length: number): Float64Array;
  release(array: Float64Array): void;
}

/**
 * A reusable working array for one call site. Writing to freshly allocated memory costs a page fault
 * per 4 KB on first touch, which on 100,000 respondents costs more than the arithmetic, so the site
 * keeps its last array and hands out a view of it. A WeakRef holds it, so the garbage collector can
 * still take it back between calls. While it is taken (say a getter in the input calls back in), a
 * fresh array is handed out instead. Contents are left over from the last use: clear them if that
 * matters, and never let a view outlive the call that took it.
 */
export function scratchArray(): Scratch {
  // The buffer itself is held weakly: a view in use keeps it alive, so `release` always finds it.
  let held: WeakRef<ArrayBuffer> | undefined;
  let busy = false;
  return {
    take(length) {
      if (busy) return new Float64Array(length);
      let buffer = held?.deref();
      if (!buffer || buffer.byteLength < length * 8) {
        buffer = new ArrayBuffer(length * 8);
        held = new WeakRef(buffer);
      }
      busy = true;
      return new Float64Array(buffer, 0, length);
    },
    release(array) {
      if (array.buffer === held?.deref()) busy = false;
    },
  };
}
