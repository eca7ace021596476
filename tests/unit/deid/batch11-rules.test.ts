import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("organisations by the slot of their kind", () => {
  it("finds a body named after its kind, a union by its role words, an employer after work words", () => {
    fires(
      [
        ["We told his insurer, Southern Cross Health Society, about the delay.", "Southern Cross Health Society"],
        ["Her union, the Public Service Association, backed her complaint.", "Public Service Association"],
        ["Her employer, Fonterra, gave her a week off.", "Fonterra"],
        ["Il est adhérent au syndicat SNPI-CFE depuis dix ans.", "SNPI-CFE"],
        ["La maison de retraite appartient au groupe Orpea.", "Orpea"],
        ["Elle avait écrit à la CGT Santé Action Sociale du Var.", "CGT Santé Action Sociale du Var"],
        ["Son fils travaille à la coopérative de Landerneau.", "coopérative de Landerneau"],
        ["I have been an Amicus steward on the site for years.", "Amicus"],
        ["He worked thirty years for Tranz Metro before he retired.", "Tranz Metro"],
        ["The family were supported by Carers Trust Cymru throughout.", "Carers Trust Cymru"],
        ["She was supported by Mind Cymru and by Cruse Bereavement Support.", "Cruse Bereavement Support"],
        ["La CAF de Seine-et-Marne a été prévenue.", "CAF de Seine-et-Marne"],
        ["The review went to Swansea Bay UHB and to HSE Dublin and Midlands.", "Swansea Bay UHB"],
        ["The review went to Swansea Bay UHB and to HSE Dublin and Midlands.", "HSE Dublin and Midlands"],
        ["home help arranged through Sligo Home Support this week", "Sligo Home Support"],
      ],
      "ORGANISATION",
    );
    silent(
      [
        "His insurer, Tuesday morning, rang back.",
        "He was working with Dr Patel on the discharge plan.",
        "She was supported by Mary and by the chaplain.",
        "He was supported by BiPAP overnight.",
        "Her delegate asked for the notes.",
        "The union delegate sat in on the meeting.",
        "She kept her NHS number card in her purse.",
        "Il fait partie du groupe de parole du mardi.",
      ],
      "ORGANISATION",
    );
  });
});

describe("units, ward codes and hospitals' acronyms", () => {
  it("finds a unit with its number, a ward code a patient is moved to, a French unit with its article, a hospital's acronym in a facility's slot", () => {
    fires(
      [
        ["She was admitted to MAU 3 overnight.", "MAU 3"],
        ["He was moved from D12 to the discharge lounge.", "D12"],
        ["Mum was transferred to 9E at 2 am.", "9E"],
        ["Le patient a été transféré de l'unité 3e C vers la réanimation.", "3e C"],
        ["Elle est en pneumologie 4 Sud depuis lundi.", "pneumologie 4 Sud"],
        ["He was sent to GRI in Glasgow by ambulance.", "GRI"],
        ["She was moved at night to the Nightingale wing.", "the Nightingale"],
        ["Mr Ives lives at Kowhai Court in Hastings.", "Kowhai Court"],
      ],
      "FACILITY",
    );
    silent(
      [
        "He spent 3 days in ICU 2 years ago.",
        "The MRI was done after he came back to the ward.",
        "PMH: DM, CRI, CHF, HTN.",
        "Oxygen went from 2L to 4L overnight.",
        "The pain moved from C5 to C6 on the scan.",
        "She lives at home in a small flat.",
      ],
      "FACILITY",
    );
  });
});

describe("numbers that place or identify a patient", () => {
  it("finds a bay with its bed, a named room, a handover's bed heading, a unit record number, letter-group codes and a labelled NIR", () => {
    fires(
      [
        ["She was found in bay 2 bed 4 at dawn.", "2"],
        ["He was isolated in side room 14 for the norovirus.", "14"],
        ["LIT 8 - CHUTE CETTE NUIT, SURVEILLANCE", "8"],
        ["trouvée au sol à domicile, ch 115, plaie au front", "115"],
        ["Her UR is FSH 2281734 on the wristband.", "FSH 2281734"],
        ["The incident is logged as WCHN-IMS-5520911 for review.", "WCHN-IMS-5520911"],
        ["NIR de la patiente : 2 61 03 75 112 044 17", "2 61 03 75 112 044 17"],
      ],
      "ID",
    );
    silent(["The bay 3 nurses were short-staffed.", "Bed 5 of 20 beds was empty.", "We followed COVID-19 guidance and ISO 9001 rules."], "ID");
  });
});

describe("people by the slot they sit in", () => {
  it("finds a name the writer gives, quoted nicknames, names before a grade or a role in brackets, names after a role in one-case notes", () => {
    fires(
      [
        ["The patient, whom I'll call M.T., was 50.", "M.T."],
        ["Une jeune femme, que j'appellerai L., est venue trois fois.", "L."],
        ['The charge nurse, Margaret "Peg" Sullivan, rang the family.', 'Margaret "Peg" Sullivan'],
        ['BED 2 MRS KATHLEEN "KAY" DUNNE - SETTLED', 'KATHLEEN "KAY" DUNNE'],
        ['Matron Oduya ("Big Mama") came to see us.', "Big Mama"],
        ["the on-call reg was hamish (ST4) that night", "hamish"],
        ["escalated to tui (nurse manager) at 0300", "tui"],
        ["PT FOUND BY CNA LATRELL AT 0400. NURSE IN CHARGE AOIBHEANN AWARE.", "LATRELL"],
        ["PT FOUND BY CNA LATRELL AT 0400. NURSE IN CHARGE AOIBHEANN AWARE.", "AOIBHEANN"],
        ["Il a été retrouvé par l'aide-soignante Titi vers minuit.", "Titi"],
        ["PT MCALLISTER, GRACE ANN 88 Y/O - UNWITNESSED FALL", "MCALLISTER, GRACE ANN"],
        ["He lives with his son and daughter-in-law Parminder.", "Parminder"],
        ["Sorry this is long.\nthanks, Shaz", "Shaz"],
        ["You can reach me on 021 555 0199.\nAnnelie van Wyk", "Annelie van Wyk"],
      ],
      "PERSON",
    );
    silent(
      [
        "Presenter: Hunter Vasquez-Molina, MD (PGY-4), opened the meeting.",
        "THE RN NOTIFIED THE DOCTOR AT 0300.",
        "cxr this a.m. shows bilat. effusions",
        "gu: pt anueric, crfailure, on hd 3x a week",
        "TRY WEAN IN AM IF MS CONT TO IMPROVE.",
      ],
      "PERSON",
    );
  });
});

describe("places and ages in notes and letters", () => {
  it("finds a suburb after the town someone lives in, a Québec rang, a French place's hyphenated shape, a place word, where a note's patient comes from, an age after a titled name", () => {
    fires([
      ["We live in Hamilton, Dinsdale.", "Dinsdale"],
      ["Il habite le 6e Rang à Saint-Anselme.", "6e Rang"],
      ["Elle vient de Villeneuve-lès-Avignon pour sa dialyse.", "Villeneuve-lès-Avignon"],
      ["He flew out from Cat Lake on the medevac.", "Cat Lake"],
      ["BED 4. FROM ARDARA. LIVES ALONE.", "ARDARA"],
      ["pt mrs mere tane 93 from ruatoki, fell at home", "ruatoki"],
      ["pt mrs mere tane 93 from ruatoki, fell at home", "93"],
    ]);
    silent(["She rang 3 times from the car park.", "The blood came from hemrroids.", "no drainage from owund.", "Tête-à-tête with the team."], "LOCATION");
    silent(["pt mr tane 73 from home, fell"], "AGE");
  });
});
