// Interned facet values: value → documents (for filters) and document → values (for counts).
// Integers instead of strings keep facet counting over tens of thousands of hits cheap.

import type { FacetName, SearchDocument } from "../types";
import { GrowableInt32Array } from "./growable";

export class FacetField {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** value id → document slots holding it (ascending; may include dead slots). */
  readonly postings: number[][] = [];
  /** document slot → its value ids: flat[starts[slot] .. starts[slot] + counts[slot]). */
  readonly starts = new GrowableInt32Array();
  readonly counts = new GrowableInt32Array();
  readonly flat = new GrowableInt32Array();
  /** document slot → its first value id, or -1: enough to count fields that are never multi-valued. */
  readonly first = new GrowableInt32Array();
  /** Whether any document ever held two values (kind, type and year never do). */
  multiValued = false;

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** Slots must be added in increasing order (they are: slots are allocated sequentially). */
  add(slot: number, values: readonly string[]): void {
    const valueIds: number[] = [];
    for (const value of values) {
      let id = this.ids.get(value);
      if (id === undefined) {
        id = this.values.length;
        this.values.push(value);
        this.ids.set(value, id);
        this.postings.push([]);
      }
      if (valueIds.includes(id)) continue; // a document lists each value once
      valueIds.push(id);
      this.postings[id].push(slot);
    }
    while (this.starts.length < slot) {
      this.starts.push(this.flat.length);
      this.counts.push(0);
      this.first.push(-1);
    }
    this.starts.push(this.flat.length);
    this.counts.push(valueIds.length);
    this.first.push(valueIds.length > 0 ? valueIds[0] : -1);
    for (const id of valueIds) this.flat.push(id);
    if (valueIds.length > 1) this.multiValued = true;
  }

  /** Forgets a slot's values; postings keep the dead slot and are filtered by liveness. */
  remove(slot: number): void {
    if (slot < this.counts.length) {
      this.counts.set(slot, 0);
      this.first.set(slot, -1);
    }
  }
}

/** The facet values of a document, as strings (numbers are stringified like Meilisearch does). */
export function facetValuesOf(doc: SearchDocument, facet: FacetName): string[] {
  switch (facet) {
    case "kind":
      return [doc.kind];
    case "type":
      return doc.type ? [doc.type] : [];
    case "topics":
      return doc.topics;
    case "countries":
      return doc.countries;
    case "languages":
      return doc.languages;
    case "year":
      return typeof doc.year === "number" && Number.isFinite(doc.year) ? [String(doc.year)] : [];
  }
}
