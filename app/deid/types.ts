/** Public types of the de-identifier. No framework imports here: this library is pure TypeScript. */

export const ENTITY_TYPES = ["PERSON", "DATE", "AGE", "ID", "PHONE", "EMAIL", "URL", "IP", "FACILITY", "LOCATION", "ORGANISATION"] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export type LanguageCode = "en" | "fr";

export interface Finding {
  /** Offset of the first UTF-16 code unit in the original string. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  type: EntityType;
  /** `text.slice(start, end)` of the original string. */
  text: string;
  /** 0..1, how sure the detector is. */
  confidence: number;
  /** What the span is replaced with: `[PERSON 1]`, `90+` for ages. */
  placeholder: string;
  /** Which rule found it (for debugging and the review page). */
  source: string;
  /**
   * Set on a bare name that more than one person in the text carries ("Smith" after "Mrs Smith" and
   * "John Smith"): the placeholder links it to the most likely (most recent) person; a reviewer checks it.
   */
  ambiguous?: boolean;
}

export interface DeidentifyOptions {
  /** Language of the text; `auto` (default) guesses from common words. */
  language?: LanguageCode | "auto";
  /** Reference date for relative date parsing (chrono); defaults to now. */
  referenceDate?: Date;
  /** Findings below this confidence are dropped (default 0). */
  minConfidence?: number;
  /** Restrict detection to these types (default: all). */
  types?: readonly EntityType[];
  /** Add the learned token scorer's findings to the rules' (default true; the fit script turns it off). */
  learned?: boolean;
}

export interface DeidentifyResult {
  redacted: string;
  findings: Finding[];
  language: LanguageCode;
}

/** A raw detection before overlap resolution and numbering. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  /** Higher wins when two candidates overlap. */
  priority: number;
  source: string;
}
