import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("forms read after held-out batch 18 was measured, on sentences of our own", () => {
  it("finds a bed or room a person is placed by in running prose, and each number of a run of beds", () => {
    fires(
      [
        ["The porter left her chair beside bed 7 overnight.", "7"],
        ["Her son waited by bed 21 until the registrar came.", "21"],
        ["At handover I took over rm 318 from the agency nurse.", "318"],
        ["nursing note - 3/9 0715 - rm 204, pt asleep", "204"],
        ["That week I was the nurse for beds 15 to 20 on the unit.", "15"],
        ["That week I was the nurse for beds 15 to 20 on the unit.", "20"],
        ["Elle s'occupait des patients pour les lits 3 à 8 ce soir-là.", "8"],
      ],
      "ID",
    );
    silent(
      [
        "The ward has 6 beds to 20 staff this winter.",
        "We had beds 3 to 5 empty for a week.",
        "He was turned over 2 times a night.",
        "There are 12 beds for 30 patients.",
        "Beds 1 to 4 of 28 beds were closed.",
      ],
      "ID",
    );
  });
});

// Each age as written, then the same sentence with a weight, a count or a saturation in its place.
const AGES: [string, string, string][] = [
  ["Mrs Beatrix Okonjo (MRN 77120864, ward file WF 22817) was 93. She lived alone.", "93", "Mrs Beatrix Okonjo (MRN 77120864) was 93.5 kg on admission."],
  ["My aunt Ottilie Brandvold, is 97 and still gardens.", "97", "My aunt Ottilie Brandvold, is 37 and still gardens."],
  ["Mr Aurelio Santangelo was 102 when he died.", "102", "Mr Aurelio Santangelo was 98% on room air."],
  ["re Mrs Haldis Vetrhus (96, bed 8) - her warfarin was held", "96", "re Mrs Haldis Vetrhus (bed 8) - her warfarin was held"],
  ["We marked her hundred-and-third birthday on the ward.", "hundred-and-third", "The hundred and first patient arrived."],
  ["It was his one hundred and tenth birthday.", "one hundred and tenth", "It was his tenth birthday."],
];

describe("ages of 90 and over after a person's identifiers or by a verb, and spelled ordinals past a hundred", () => {
  it("finds the age, not a count or a dose", () => {
    fires(
      AGES.map(([text, age]) => [text, age]),
      "AGE",
    );
    silent(
      AGES.map(([, , other]) => other),
      "AGE",
    );
  });
});

// A date as a dictation, a form or a hurried note writes it, and the whole span the finding must cover.
const DATES: [string, string][] = [
  ["Note de suivi, onze février deux mille vingt-cinq, virgule, patient vu.", "onze février deux mille vingt-cinq"],
  ["Hospitalisé le quatorze pour une chute.", "quatorze"],
  ["Visit recorded 3.xi.24 by the team.", "3.xi.24"],
  ["Sam. 21/06 08 h 10 — appel de la fille", "Sam. 21/06"],
  ["Tue 4/3 night shift, two falls.", "Tue 4/3"],
];
const NOT_DATES = ["Le taux a baissé de deux pour cent.", "Il en a pris le deux pour la nuit.", "Sept patients étaient présents.", "He sat 4 times."];

describe("dates in words, Roman-numeral months and short weekdays before a date", () => {
  it("finds the whole date, not a percentage or a count", () => {
    fires(DATES, "DATE");
    silent(NOT_DATES, "DATE");
  });
});

describe("initials alone on a text's last line, as a signature", () => {
  const letter = (sign: string) => `Thank you for reading this.\nI hope the unit learns from it.\n${sign}\n`;
  it("finds the initials, not an abbreviation or initials inside the text", () => {
    fires(
      ["T.W.", "A. B.-L.", "J.M.K."].map((sign) => [letter(sign), sign] as [string, string]),
      "PERSON",
    );
    silent([letter("P.S."), letter("N.B."), "We met at 9 A.M.\nIt went well."], "PERSON");
  });
});
