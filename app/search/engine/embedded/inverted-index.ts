// One named index held in memory: documents, an inverted index from term to documents (with
// the attributes the term occurs in), the token sequence of every attribute (for proximity),
// and interned facet values.
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
  /** slot → one term-id sequence per searchable attribute. */
  readonly tokens: (Int32Array[] | undefined)[] = [];
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
    this.tokens[slot] = undefined;
    for (const facet of FILTERABLE_ATTRIBUTES) this.facets[facet].remove(slot);
    return true;
  }

  private indexText(slot: number, doc: SearchDocument): void {
    const perAttribute: Int32Array[] = [];
    // term id → mask, for this document only; Map keeps posting order deterministic.
    const masks = new Map<number, number>();
    for (let attribute = 0; attribute < ATTRIBUTE_COUNT; attribute++) {
      const words = tokenize(searchableText(doc, attribute));
      const termIds = new Int32Array(words.length);
      const bit = 1 << attribute;
      for (let i = 0; i < words.length; i++) {
        const termId = this.vocabulary.intern(words[i]);
        termIds[i] = termId;
        masks.set(termId, (masks.get(termId) ?? 0) | bit);
      }
      perAttribute.push(termIds);
    }
    this.tokens[slot] = perAttribute;
    for (const [termId, mask] of masks) {
      while (this.postingSlots.length <= termId) {
        this.postingSlots.push([]);
        this.postingMasks.push([]);
      }
      this.postingSlots[termId].push(slot);
      this.postingMasks[termId].push(mask);
    }
  }
}

function numberOrNaN(value: number | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : NaN;
}
