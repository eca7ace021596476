/**
 * The logistic model fit:distress fits: sparse word/concept features and, optionally, the sentence encoder's
 * dense features, each with its own L2. Minimised by L-BFGS (the loss is smooth and convex): it reaches the
 * optimum in about a hundred passes over the posts, where plain gradient steps needed 600 and still drifted.
 */
/** A post's features, its label, and how much it counts in the loss (`weight`, 1 unless given). */
export type Row = { x: Array<[number, number]>; d: Float32Array | null; y: number; weight?: number };
export type Fitted = { w: Float64Array; wd: Float64Array; b: number };
export type Penalties = { sparse: Float64Array; dense: number; denseSize: number };

function logit(w: Float64Array, sparseSize: number, r: Row, denseSize: number): number {
  let z = w[w.length - 1]!;
  for (const [j, x] of r.x) z += w[j]! * x;
  if (r.d && denseSize) for (let k = 0; k < denseSize; k++) z += w[sparseSize + k]! * r.d[k]!;
  return z;
}

/** Loss and gradient at w (weights, then dense weights, then the bias). */
function lossAndGradient(data: Row[], w: Float64Array, pen: Penalties, g: Float64Array): number {
  const sparseSize = pen.sparse.length;
  g.fill(0);
  let loss = 0;
  for (const r of data) {
    const z = logit(w, sparseSize, r, pen.denseSize);
    // log(1 + e^z) - y z, written to stay finite for large |z|.
    const c = r.weight ?? 1;
    loss += c * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - r.y * z);
    const err = c * (1 / (1 + Math.exp(-z)) - r.y);
    for (const [j, x] of r.x) g[j]! += err * x;
    if (r.d && pen.denseSize) for (let k = 0; k < pen.denseSize; k++) g[sparseSize + k]! += err * r.d[k]!;
    g[w.length - 1]! += err;
  }
  for (let j = 0; j < w.length - 1; j++) {
    const l2 = j < sparseSize ? pen.sparse[j]! : pen.dense;
    loss += 0.5 * l2 * w[j]! * w[j]!;
    g[j]! += l2 * w[j]!;
  }
  return loss;
}

const dotAll = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** L-BFGS (10 pairs) with a backtracking line search, from zero or from `start`; stops when the loss no longer moves. */
export function fitLogistic(data: Row[], pen: Penalties, maxIterations = 200, start?: Fitted): Fitted {
  const size = pen.sparse.length + pen.denseSize + 1;
  let w = new Float64Array(size);
  // A warm start (a fit on nearly the same posts) reaches the same optimum in fewer passes.
  if (start) {
    w.set(start.w);
    w.set(start.wd, pen.sparse.length);
    w[size - 1] = start.b;
  }
  let g = new Float64Array(size);
  let loss = lossAndGradient(data, w, pen, g);
  const pairs: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  for (let it = 0; it < maxIterations; it++) {
    // Two-loop recursion: direction = -H g.
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let i = pairs.length - 1; i >= 0; i--) {
      const p = pairs[i]!;
      const a = p.rho * dotAll(p.s, q);
      alphas[i] = a;
      for (let k = 0; k < size; k++) q[k]! -= a * p.y[k]!;
    }
    const last = pairs[pairs.length - 1];
    const gamma = last ? dotAll(last.s, last.y) / dotAll(last.y, last.y) : 1 / Math.max(1, Math.sqrt(dotAll(g, g)));
    for (let k = 0; k < size; k++) q[k]! *= gamma;
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i]!;
      const beta = p.rho * dotAll(p.y, q);
      for (let k = 0; k < size; k++) q[k]! += p.s[k]! * (alphas[i]! - beta);
    }
    const slope = -dotAll(g, q);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(size);
    const nextG = new Float64Array(size);
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let k = 0; k < size; k++) next[k] = w[k]! - step * q[k]!;
      nextLoss = lossAndGradient(data, next, pen, nextG);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      s[k] = next[k]! - w[k]!;
      y[k] = nextG[k]! - g[k]!;
    }
    const sy = dotAll(s, y);
    if (sy > 1e-12) {
      pairs.push({ s, y, rho: 1 / sy });
      if (pairs.length > 10) pairs.shift();
    }
    const moved = loss - nextLoss;
    [w, g, loss] = [next, nextG, nextLoss];
    if (moved < 1e-7 * Math.max(1, loss)) break;
  }
  return { w: w.subarray(0, pen.sparse.length), wd: w.subarray(pen.sparse.length, size - 1), b: w[size - 1]! };
}

export function probability(model: Fitted, r: Row): number {
  let z = model.b;
  for (const [j, x] of r.x) z += model.w[j]! * x;
  if (r.d && model.wd.length) for (let k = 0; k < model.wd.length; k++) z += model.wd[k]! * r.d[k]!;
  return 1 / (1 + Math.exp(-z));
}
