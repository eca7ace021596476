// One named index held in memory: documents, an inverted index from term to documents (with
// the attributes and word positions of each occurrence) and interned facet values.
//
// Documents live in "slots" numbered in insertion order. Replacing or deleting a document
// retires its slot instead of editing posting lists in place (which would cost a scan of
// every posting the document appeared in); dead slots are skipped at query time and the
// index compacts itself once they outnumber the living.

import { FILTERABLE_ATTRIBUTES, SEARCHABLE_ATTRIBUTES } from "../settings";
import type { FacetName, SearchDocument } from "../types";
import { copyDocument } from "../document";
import { FacetField, facetValuesOf } from "./facet-store";
import { tokenize } from "./text";
import { Vocabulary } from "./vocabulary";

/** Attribute bit masks, in ranking order: a lower bit is a more important attribute. */
export const ATTRIBUTE_COUNT = SEARCHABLE_ATTRIBUTES.length;

/** Index of the most important attribute present in a mask (0 = title). */
export const BEST_ATTRIBUTE_OF_MASK: Uint8Array = (() => {
  const table = new Uint8Array(1 << ATTRIBUTE_COUNT);
  for (let mask = 1; mask < table.length; mask++) table[mask] = 31 - Math.clz32(mask & -mask);
  return table;
})();

/** Word positions beyond this, within one attribute, are not recorded (as in Meilisearch). */
export const POSITION_BITS = 16;
const MAX_POSITION = (1 << POSITION_BITS) - 1;
/** Room for the attribute number above the position bits. */
const OCCURRENCE_FACTOR = 2 ** (POSITION_BITS + Math.ceil(Math.log2(ATTRIBUTE_COUNT + 1)));

/** Attribute in the high bits so that positions in different attributes are far apart. */
export function encodePosition(attribute: number, position: number): number {
  return (attribute << POSITION_BITS) | position;
}

function searchableText(doc: SearchDocument, attributeIndex: number): string {
  const attribute = SEARCHABLE_ATTRIBUTES[attributeIndex];
  // Topic slugs are words joined by "_" ("open_disclosure"); the tokenizer splits them.
  return attribute === "topics" ? doc.topics.join(" ") : doc[attribute];
}

export class InvertedIndex {
  readonly vocabulary = new Vocabulary();
  /** slot → document, undefined once the slot is retired. */
  readonly docs: (SearchDocument | undefined)[] = [];
  /** term id → document slots (ascending, may contain retired slots). */
  readonly postingSlots: number[][] = [];
  /** term id → attribute mask per posting, parallel to postingSlots. */
  readonly postingMasks: number[][] = [];
  /** term id → per posting, where its positions start in postingPositions[termId]. */
  readonly postingPositionStarts: number[][] = [];
  /** term id → encoded positions (see encodePosition) of all its postings, back to back. */
  readonly postingPositions: number[][] = [];
  readonly facets: Record<FacetName, FacetField>;
  /** slot → numeric fields used by filters and sorts (NaN when absent). */
  readonly years: number[] = [];
  readonly updatedAt: number[] = [];
  readonly verifiedAt: number[] = [];
  /** Bumped on every write so derived caches (sort ranks) know when to rebuild. */
  version = 0;

  private readonly slotById = new Map<string, number>();

  constructor() {
    this.facets = Object.fromEntries(FILTERABLE_ATTRIBUTES.map((f) => [f, new FacetField()])) as Record<
      FacetName,
      FacetField
    >;
  }

  /** Number of slots ever used: the size of per-slot scratch arrays. */
  get slotCount(): number {
    return this.docs.length;
  }

  get size(): number {
    return this.slotById.size;
  }

  isLive(slot: number): boolean {
    return this.docs[slot] !== undefined;
  }

  get(id: string): SearchDocument | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  liveDocuments(): SearchDocument[] {
    const out: SearchDocument[] = [];
    for (const doc of this.docs) if (doc) out.push(doc);
    return out;
  }

  upsert(doc: SearchDocument): void {
    this.retire(doc.id);
    const slot = this.docs.length;
    const stored = copyDocument(doc);
    this.docs.push(stored);
    this.slotById.set(doc.id, slot);
    this.indexText(slot, stored);
    for (const facet of FILTERABLE_ATTRIBUTES) this.facets[facet].add(slot, facetValuesOf(stored, facet));
    this.years.push(numberOrNaN(stored.year));
    this.updatedAt.push(numberOrNaN(stored.updatedAt));
    this.verifiedAt.push(numberOrNaN(stored.verifiedAt));
    this.version++;
  }

  delete(id: string): void {
    if (this.retire(id)) this.version++;
  }

  /** True when retired slots dominate and a rebuild would pay for itself. */
  needsCompaction(): boolean {
    const dead = this.docs.length - this.slotById.size;
    return dead > 1_000 && dead > this.slotById.size;
  }

  private retire(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    this.docs[slot] = undefined;
    for (const facet of FILTERABLE_ATTRIBUTES) this.facets[facet].remove(slot);
    return true;
  }

  private indexText(slot: number, doc: SearchDocument): void {
    // Every occurrence packed as termId · 2^18 + encoded position, then sorted: one sort
    // groups occurrences by term (in position order) without a Map or array per term.
    const occurrences: number[] = [];
    for (let attribute = 0; attribute < ATTRIBUTE_COUNT; attribute++) {
      const words = tokenize(searchableText(doc, attribute));
      const limit = Math.min(words.length, MAX_POSITION + 1);
      for (let position = 0; position < limit; position++) {
        const termId = this.vocabulary.intern(words[position]);
        occurrences.push(termId * OCCURRENCE_FACTOR + encodePosition(attribute, position));
      }
    }
    const sorted = Float64Array.from(occurrences).sort();
    let i = 0;
    while (i < sorted.length) {
      const termId = Math.floor(sorted[i] / OCCURRENCE_FACTOR);
      while (this.postingSlots.length <= termId) {
        this.postingSlots.push([]);
        this.postingMasks.push([]);
        this.postingPositionStarts.push([]);
        this.postingPositions.push([]);
      }
      const positions = this.postingPositions[termId];
      this.postingPositionStarts[termId].push(positions.length);
      let mask = 0;
      for (; i < sorted.length && Math.floor(sorted[i] / OCCURRENCE_FACTOR) === termId; i++) {
        const position = sorted[i] % OCCURRENCE_FACTOR;
        mask |= 1 << (position >>> POSITION_BITS);
        positions.push(position);
      }
      this.postingSlots[termId].push(slot);
      this.postingMasks[termId].push(mask);
    }
  }
}

function numberOrNaN(value: number | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : NaN;
}
