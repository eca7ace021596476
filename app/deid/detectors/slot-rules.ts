/**
 * The slot and shape rules that read where an identifier sits rather than what it is (blind batch 8):
 * organisations, places, message speakers and signatures, and record numbers. One entry point, so the
 * pipeline in index.ts calls them together.
 */
import type { Candidate } from "../types";
import { detectMessageShapes } from "./messages";
import { detectOrgSlots } from "./org-slots";
import { detectPlaceSlots } from "./place-slots";
import { detectRecordSlots } from "./record-slots";

export function detectSlotRules(text: string, uncasedAt: (pos: number) => boolean): Candidate[] {
  return [...detectMessageShapes(text), ...detectOrgSlots(text, uncasedAt), ...detectPlaceSlots(text, uncasedAt), ...detectRecordSlots(text)];
}
