// Finds the documents matching a query plan and scores the cheap ranking criteria
// (words, typos, attribute, exactness) for each of them.
//
// Per query word, the postings of all its derivations are merged into per-slot scratch arrays
// (best typo count, attribute mask). Scratch arrays are reused across queries and
// invalidated with a generation stamp instead of being cleared, so a query costs the size of
// the postings it touches, not the size of the index.

import { MAX_QUERY_WORDS } from "../settings";
import type { FilterMask } from "./filters";
import { matchPhrase } from "./phrase";
import { BEST_ATTRIBUTE_OF_MASK, type InvertedIndex } from "./inverted-index";
import type { QueryPlan, SynonymSpan } from "./query-plan";

/** "all": every word must match. "last": Meilisearch's fallback, trailing words may be dropped. */
export type MatchingStrategy = "all" | "last";

/** Set in a word's mask byte (its top bit) when the document contains the query word itself. */
const EXACT_BIT = 0x80;
const ATTRIBUTE_BITS = 0x7f;

/** Matched documents, in parallel arrays valid up to `count` (and until the next query). */
export interface Candidates {
  count: number;
  slots: Int32Array;
  /** How many query words the document matches (all of them under "all"). */
  words: Uint8Array;
  /** Sum of typos over the matched words. */
  typos: Uint8Array;
  /** Sum, over matched words, of the index of the best attribute they occur in (0 = title). */
  attributes: Uint8Array;
  /** Matched words that are exact (no typo, not just a prefix). */
  exact: Uint8Array;
  /** What each word and synonym matched, per slot: read by the proximity rule. */
  state: MatchState;
}

/** Per-slot match details of the current query. Valid until the next query on the index. */
export interface MatchState {
  generation: number;
  words: WordScratch[];
  spans: SpanMatches[];
}

/** Path costs combine typos, attribute and exactness so one comparison picks the best path. */
const TYPO_WEIGHT = 4096;
const ATTRIBUTE_WEIGHT = 64;
const EXACT_CEILING = 16;
const UNREACHABLE = 0x7fffffff;

/** What one query word matched in each slot (valid where stamp === the query generation). */
export class WordScratch {
  stamp: Uint32Array;
  typos: Uint8Array;
  mask: Uint8Array;
  /** The best-typo derivation found in the slot, and its posting index: where its positions are. */
  term: Int32Array;
  posting: Int32Array;
  /** Slots matched by this word, in the order first seen: touched[0 .. touchedCount). */
  touched: Int32Array;
  touchedCount = 0;
  constructor(size: number) {
    this.stamp = new Uint32Array(size);
    this.typos = new Uint8Array(size);
    this.mask = new Uint8Array(size);
    this.term = new Int32Array(size);
    this.posting = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  touchedSlots(): Int32Array {
    return this.touched.subarray(0, this.touchedCount);
  }
}

/** Scratch memory for one index. Safe to share: a search runs synchronously to completion. */
export class MatchScratch {
  private generation = 0;
  private size = 0;
  private wordScratch: WordScratch[] = [];
  private candidateStamp = new Uint32Array(0);
  private candidateBuffers: Omit<Candidates, "count" | "state"> | undefined;
  private spanMasks: Uint8Array[] = [];

  /** Starts a new query: returns its stamp and makes sure the arrays cover every slot. */
  begin(slotCount: number): number {
    if (slotCount > this.size || this.wordScratch.length === 0) {
      // Grow with headroom so a stream of single upserts does not reallocate every time.
      this.size = Math.max(slotCount, Math.ceil(this.size * 1.5), 1024);
      this.wordScratch = Array.from({ length: MAX_QUERY_WORDS }, () => new WordScratch(this.size));
      this.candidateStamp = new Uint32Array(this.size);
      this.spanMasks = [];
    }
    this.generation = (this.generation + 1) >>> 0 || 1;
    for (const word of this.wordScratch) word.touchedCount = 0;
    return this.generation;
  }

  word(i: number): WordScratch {
    return this.wordScratch[i];
  }

  get candidates(): Uint32Array {
    return this.candidateStamp;
  }

  /** The zeroed match mask of the query's i-th synonym span (kept for the whole query). */
  spanMask(i: number, slotCount: number): Uint8Array {
    while (this.spanMasks.length <= i) this.spanMasks.push(new Uint8Array(this.size));
    return this.spanMasks[i].fill(0, 0, slotCount);
  }

  /** Output arrays for at least `size` candidates, reused across queries to spare the GC. */
  candidateArrays(size: number): Omit<Candidates, "count" | "state"> {
    if (!this.candidateBuffers || this.candidateBuffers.slots.length < size) {
      const capacity = Math.max(size, this.size);
      this.candidateBuffers = {
        slots: new Int32Array(capacity),
        words: new Uint8Array(capacity),
        typos: new Uint8Array(capacity),
        attributes: new Uint8Array(capacity),
        exact: new Uint8Array(capacity),
      };
    }
    return this.candidateBuffers;
  }
}

/** Slots matching a synonym span, with the attribute mask of the matching phrase. */
export interface SpanMatches {
  span: SynonymSpan;
  mask: Uint8Array; // 0 = no match
  touched: ArrayLike<number>;
}

export function matchQuery(
  index: InvertedIndex,
  plan: QueryPlan,
  strategy: MatchingStrategy,
  filter: FilterMask | null,
  scratch: MatchScratch,
): Candidates {
  const n = plan.words.length;
  const gen = scratch.begin(index.slotCount);

  for (let i = 0; i < n; i++) collectWord(index, plan, i, gen, scratch);
  const spans = plan.spans.map((span, i) => collectSpan(index, span, scratch.spanMask(i, index.slotCount)));

  const sources = candidateSources(plan, strategy, spans, scratch);
  let upperBound = 0;
  for (const list of sources) upperBound += list.length;
  const out: Candidates = {
    count: 0,
    ...scratch.candidateArrays(upperBound),
    state: { generation: gen, words: plan.words.map((_, i) => scratch.word(i)), spans },
  };

  if (strategy === "all" && spans.length === 0) collectAllWordMatches(index, sources[0], filter, out);
  else collectBestPathMatches(index, sources, strategy, filter, scratch, out);
  return out;
}

/**
 * The common case (every word required, no synonym in the query): a document matches when
 * each word's scratch has it, and its criteria are plain sums.
 */
function collectAllWordMatches(
  index: InvertedIndex,
  source: ArrayLike<number>,
  filter: FilterMask | null,
  out: Candidates,
): void {
  const { generation: gen, words } = out.state;
  const n = words.length;
  for (let li = 0; li < source.length; li++) {
    const slot = source[li];
    if (!index.isLive(slot) || (filter && !filter.passes(slot))) continue;
    let typos = 0;
    let attributes = 0;
    let exact = 0;
    let k = 0;
    for (; k < n; k++) {
      const w = words[k];
      if (w.stamp[slot] !== gen) break;
      const m = w.mask[slot];
      typos += w.typos[slot];
      attributes += BEST_ATTRIBUTE_OF_MASK[m & ATTRIBUTE_BITS];
      exact += m >>> 7;
    }
    if (k < n) continue;
    const c = out.count++;
    out.slots[c] = slot;
    out.words[c] = n;
    out.typos[c] = typos;
    out.attributes[c] = attributes;
    out.exact[c] = exact;
  }
}

/**
 * The general case: synonyms can stand in for runs of words, and under "last" trailing words
 * may be missing. A small dynamic programme finds each document's best path through the query.
 */
function collectBestPathMatches(
  index: InvertedIndex,
  sources: ArrayLike<number>[],
  strategy: MatchingStrategy,
  filter: FilterMask | null,
  scratch: MatchScratch,
  out: Candidates,
): void {
  const { generation: gen, words, spans } = out.state;
  const n = words.length;
  const cost = new Int32Array(n + 1);
  const seen = scratch.candidates;
  const spansByStart: SpanMatches[][] = Array.from({ length: n }, () => []);
  for (const s of spans) spansByStart[s.span.start].push(s);

  for (const list of sources) {
    for (let li = 0; li < list.length; li++) {
      const slot = list[li];
      if (seen[slot] === gen) continue;
      seen[slot] = gen;
      if (!index.isLive(slot) || (filter && !filter.passes(slot))) continue;

      // Plain loops, no fill() or iterators: this runs for every candidate of a synonym query.
      cost[0] = 0;
      for (let k = 1; k <= n; k++) cost[k] = UNREACHABLE;
      for (let k = 0; k < n; k++) {
        const here = cost[k];
        if (here === UNREACHABLE) continue;
        const w = words[k];
        if (w.stamp[slot] === gen) {
          const m = w.mask[slot];
          const step =
            w.typos[slot] * TYPO_WEIGHT +
            BEST_ATTRIBUTE_OF_MASK[m & ATTRIBUTE_BITS] * ATTRIBUTE_WEIGHT -
            (m >>> 7);
          if (here + step < cost[k + 1]) cost[k + 1] = here + step;
        }
        const starting = spansByStart[k];
        for (let si = 0; si < starting.length; si++) {
          const s = starting[si];
          const m = s.mask[slot];
          if (m === 0) continue;
          const end = s.span.end;
          const step = BEST_ATTRIBUTE_OF_MASK[m & ATTRIBUTE_BITS] * ATTRIBUTE_WEIGHT - (end - s.span.start);
          if (here + step < cost[end]) cost[end] = here + step;
        }
      }

      let matched = n;
      if (strategy === "last") while (matched > 0 && cost[matched] === UNREACHABLE) matched--;
      if (matched === 0 || cost[matched] === UNREACHABLE) continue;

      // Undo the packing; exactness was subtracted so that "more exact" means "cheaper".
      const total = cost[matched] + EXACT_CEILING;
      const c = out.count++;
      out.slots[c] = slot;
      out.words[c] = matched;
      out.typos[c] = Math.floor(total / TYPO_WEIGHT);
      out.attributes[c] = Math.floor((total % TYPO_WEIGHT) / ATTRIBUTE_WEIGHT);
      out.exact[c] = EXACT_CEILING - (total % ATTRIBUTE_WEIGHT);
    }
  }
}

/** Merges the postings of every derivation of word i into its scratch arrays. */
function collectWord(index: InvertedIndex, plan: QueryPlan, i: number, gen: number, scratch: MatchScratch): void {
  const word = plan.words[i];
  const w = scratch.word(i);
  const { stamp, typos, mask, term, posting, touched } = w;
  let touchedCount = w.touchedCount;
  for (const d of word.derivations) {
    const slots = index.postingSlots[d.termId];
    if (!slots) continue;
    const masks = index.postingMasks[d.termId];
    const exactBit = d.termId === word.exactTermId ? EXACT_BIT : 0;
    for (let p = 0; p < slots.length; p++) {
      const slot = slots[p];
      if (stamp[slot] !== gen) {
        stamp[slot] = gen;
        typos[slot] = d.typos;
        mask[slot] = masks[p] | exactBit;
        term[slot] = d.termId;
        posting[slot] = p;
        touched[touchedCount++] = slot;
      } else {
        if (d.typos < typos[slot]) {
          typos[slot] = d.typos;
          term[slot] = d.termId;
          posting[slot] = p;
        }
        mask[slot] |= masks[p] | exactBit;
      }
    }
  }
  w.touchedCount = touchedCount;
}

/** Documents containing every word of at least one alternative phrase (no typos on synonyms). */
function collectSpan(index: InvertedIndex, span: SynonymSpan, mask: Uint8Array): SpanMatches {
  const touched: number[] = [];
  for (const phrase of span.alternatives) {
    const matches = matchPhrase(index, phrase);
    for (let i = 0; i < matches.slots.length; i++) {
      const slot = matches.slots[i];
      if (mask[slot] === 0) touched.push(slot);
      mask[slot] |= matches.masks[i];
    }
  }
  return { span, mask, touched };
}

/**
 * Slot lists whose union contains every possible match. Under "all", every match covers each
 * query position k with word k or a synonym spanning k, so any k gives a complete source: take
 * the cheapest. Under "last" a match must at least cover position 0.
 */
function candidateSources(
  plan: QueryPlan,
  strategy: MatchingStrategy,
  spans: SpanMatches[],
  scratch: MatchScratch,
): ArrayLike<number>[] {
  const sourcesAt = (k: number): ArrayLike<number>[] => [
    scratch.word(k).touchedSlots(),
    ...spans.filter((s) => s.span.start <= k && k < s.span.end).map((s) => s.touched),
  ];
  const size = (lists: ArrayLike<number>[]) => lists.reduce((total, list) => total + list.length, 0);
  let best = sourcesAt(0);
  if (strategy === "all") {
    for (let k = 1; k < plan.words.length; k++) {
      const candidate = sourcesAt(k);
      if (size(candidate) < size(best)) best = candidate;
    }
  }
  return best;
}
