/**
 * The slot and shape rules that read where an identifier sits rather than what it is (blind batches 8, 9,
 * 11, 12, 13 and 14): organisations, places, message speakers and signatures, record numbers, rosters, bodies by their
 * kind, written dates and reference codes, bodies and units by the slot of their kind, people and places
 * by the slot they sit in, and the forms clinical notes write (blind batch 15). One entry point, so the pipeline in index.ts calls them together.
 */
import type { Candidate } from "../types";
import { detectAgePhrases } from "./age-phrases";
import { detectBodyForms } from "./body-forms";
import { detectBodyKinds } from "./body-kinds";
import { detectCapitalPeople } from "./capital-people";
import { detectCaseSlots } from "./case-slots";
import { detectDaySlots } from "./day-slots";
import { detectHandoverForms } from "./handover-forms";
import { detectHandoverPlaces } from "./handover-places";
import { detectKindSlots } from "./kind-slots";
import { detectLearningForms } from "./learning-forms";
import { detectLetterPeople } from "./letter-people";
import { detectMessageShapes } from "./messages";
import { detectNamedBodies } from "./named-bodies";
import { detectNamedDays } from "./named-days";
import { detectOrgSlots } from "./org-slots";
import { detectPeoplePlaces } from "./people-places";
import { detectPlaceForms } from "./place-forms";
import { detectPlaceSlots } from "./place-slots";
import { detectProsePeople } from "./prose-people";
import { detectRecordSlots } from "./record-slots";
import { detectReferenceCodes } from "./reference-codes";
import { detectRosterNames } from "./roster-names";
import { detectWardBeds } from "./ward-beds";
import { detectSpeakerNames } from "./speaker-names";
import { detectSpokenForms } from "./spoken-forms";
import { detectTransferSlots } from "./transfer-slots";
import { detectUnitNames } from "./unit-names";
import { detectUncasedPlaces } from "./uncased-places";
import { detectUnknownWords } from "./unknown-words";
import { detectWrittenDates } from "./written-dates";

/** `original`: the text as written, for codes whose capitals the truecaser may lower ("CCI-NA", "TH 8812044"). */
export function detectSlotRules(text: string, uncasedAt: (pos: number) => boolean, original = text): Candidate[] {
  return [
    ...detectMessageShapes(text),
    ...detectOrgSlots(text, uncasedAt),
    ...detectPlaceSlots(text, uncasedAt),
    ...detectRecordSlots(text),
    ...detectBodyKinds(text, uncasedAt),
    ...detectRosterNames(text, uncasedAt),
    ...detectWrittenDates(text),
    ...detectReferenceCodes(text, original),
    ...detectKindSlots(text, uncasedAt, original),
    ...detectPeoplePlaces(text, uncasedAt, original),
    ...detectWardBeds(text, original),
    ...detectCaseSlots(text, uncasedAt, original),
    ...detectLearningForms(text, uncasedAt, original),
    ...detectNamedBodies(text, uncasedAt, original),
    ...detectLetterPeople(text),
    ...detectUnknownWords(text, uncasedAt, original),
    ...detectTransferSlots(text, uncasedAt, original),
    ...detectHandoverForms(text, uncasedAt, original),
    ...detectHandoverPlaces(text, uncasedAt, original),
    ...detectUncasedPlaces(text, uncasedAt),
    ...detectSpokenForms(text),
    ...detectSpeakerNames(text, uncasedAt, original),
    ...detectAgePhrases(text),
    ...detectCapitalPeople(text, original),
    ...detectProsePeople(text, original),
    ...detectDaySlots(text),
    ...detectUnitNames(text, uncasedAt, original),
    ...detectPlaceForms(text, uncasedAt, original),
    ...detectBodyForms(text, uncasedAt, original),
    ...detectNamedDays(text),
  ];
}
