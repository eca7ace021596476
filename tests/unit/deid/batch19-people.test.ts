import { describe, expect, it } from "vitest";
import { fires, run, silent } from "./helpers";

describe("ages of 90 and over in the phrases prose and handovers set them in (batch 19, our own sentences)", () => {
  it("finds a worded age after a contraction, an age set off with 'then'/'now', 'at' an age, and a worded age between dashes", () => {
    fires(
      [
        ["He's ninety-two and still does the crossword.", "ninety-two"],
        ["Honestly, she's a hundred and one, what did they expect?", "a hundred and one"],
        ["My grandmother, then 93, was left on a trolley.", "93"],
        ["Dad, now ninety-six, lives with us.", "ninety-six"],
        ["A broken hip at 94 is a big thing.", "94"],
        ["Surgery at ninety-one was never going to be simple.", "ninety-one"],
        ["She was still gardening at 97.", "97"],
        ["Her uncle died at 101 in his own bed.", "101"],
        ["BED 3 - PRENDERGAST, NOELINE - NINETY-THREE - UR 55102", "NINETY-THREE"],
      ],
      "AGE",
    );
    silent(
      [
        "He's ninety percent sure it was the night shift.",
        "The heart rate, then 92, settled after the fluid.",
        "HR at 96 is acceptable for her.",
        "Sats were steady at 94 overnight.",
        "The infusion started at 100 ml/h was stopped.",
        "We met at 9 and talked until 11.",
        "Pages 90 - ninety-five - of the policy were missing.",
      ],
      "AGE",
    );
  });
});

describe("people in notes typed in capitals (batch 19, our own lines)", () => {
  it("finds a handover line's patient surname first, the given name again alone, a relative to be told, a name before a department, a titled repeat", () => {
    fires(
      [
        ["NIGHT REPORT\nMACNAMARA, TREASA - 84 - MRN H2210873 - RM 4. FALLS RISK.", "MACNAMARA, TREASA"],
        ["FITZGIBBON, MARY KATE - 71 - BED 12 - SEPSIS, ON IV ABX.", "FITZGIBBON, MARY KATE"],
        ["Quilty-Rowe, Aoibheann - 58 - bed 3 - post op day 2.", "Quilty-Rowe, Aoibheann"],
        ["CH 4 - MME LEBRETON : FIÈVRE. FILS ANSELME À PRÉVENIR SI BESOIN.", "ANSELME"],
        ["PT SETTLED OVERNIGHT. DAUGHTER ORLAITH AWARE OF PLAN.", "ORLAITH"],
        ["HOIST BROKEN - REPORTED TO MANDLA IN BIOMED ENGINEERING AT 0300.", "MANDLA"],
        ["I spoke with Tamsin from pharmacy about the dose.", "Tamsin"],
      ],
      "PERSON",
    );
    // The later, bare mention of a name found in full before.
    for (const [text, name] of [
      ["HANDOVER\nMACNAMARA, TREASA - 84 - MRN H2210873 - RM 4.\nNOTE: TREASA REFUSED HER 2200 MEDS.", "TREASA"],
      ["CH 8 - M. ROSSIGNOL ÉTIENNE : CHUTE.\nÉVÉNEMENT : M. ROSSIGNOL SOUS AVK, MÉDECIN NON PRÉVENU.", "ROSSIGNOL"],
    ]) {
      const at = text.lastIndexOf(name);
      expect(
        run(text).findings.some((f) => f.type === "PERSON" && f.start <= at && at + name.length <= f.end),
        text,
      ).toBe(true);
    }
    fires([["WARD 6 HANDOVER\nDUNPHY, BRIGID - 96 - MRN 4471203 - RM 2 (SIDE ROOM)", "96"]], "AGE");
    silent(
      [
        "PAIN, NAUSEA - 5 - BED REST ADVISED.",
        "DAUGHTER IS AWARE OF PLAN.",
        "WIFE VISITED- UPDATED BY TEAM.",
        "I spoke with Pharmacy in the morning about the dose.",
        "REPORTED TO THE TEAM IN ESTATES AT 0300.",
      ],
      "PERSON",
    );
  });
});

describe("people in prose and in lower-case notes (batch 19, our own sentences)", () => {
  it("finds a role's name in brackets, a full name after a role phrase, a bracketed nickname, a two-letter surname, nurses' abbreviations and 'called'", () => {
    fires(
      [
        ["At 0300 the RN (Marigold) gave the second dose.", "Marigold"],
        ["The plan was explained by our interpreter (Bashir) twice.", "Bashir"],
        ["We met with the family and clinical facilitator Wren Achterberg.", "Wren Achterberg"],
        ["Her son, Mr. Tran Quoc-Bao (Billy), asked for the notes.", "Billy"],
        ["The pharmacist, Ms Wu, checked the chart.", "Wu"],
        ["Mr Ng was told about the delay on Tuesday.", "Ng"],
        ["We thanked his friend from church, Mr. Ho.", "Ho"],
        ["cn mokoena and en zodwa handed over at 0700.", "zodwa"],
        ["appel à 3h : ide maëlys kerjean, ambulancier présent", "maëlys kerjean"],
        ["sa fille (elle sappelle yasmina) a appelé le soir.", "yasmina"],
        ["Her neighbour, she's called Oriel, found her.", "Oriel"],
      ],
      "PERSON",
    );
    silent(
      [
        "At 0300 the RN (ICU) gave the second dose.",
        "The nurse (agency) was new to the ward.",
        "We called the RN (Nights) twice.",
        "He asked Mr. It to wait, as a joke.",
        "ide de nuit : relève faite.",
        "She's called the GP twice today.",
        "The staff nurse and en route to theatre we stopped.",
      ],
      "PERSON",
    );
  });
});

describe("findings that name no one and no place (batch 19's false findings, on our own sentences)", () => {
  it("never reads a contraction, a people's or a language's word, a role title's head or an emphasised word as a name", () => {
    silent(
      [
        "I'm writing because nobody told us.",
        "My husband and I’m sure the nurse agree.",
        "The consent form was printed in Welsh and in English.",
        "He was 71, Somali, and spoke little English.",
        "Elle parle le créole et un peu le français.",
        "INTERPRETER (PITJANTJATJARA) PRESENT FOR THE MEETING.",
        "Hij zei: « Mijn moeder is ziek. »",
      ],
      "PERSON",
    );
    silent(["The consent form was printed in Welsh.", "INTERPRETER (PITJANTJATJARA) PRESENT."], "LOCATION");
    silent(["OBS : TOUX GRASSE, T° 38.", "Il faut appeler la famille AVANT de décider."]);
    fires([
      ["Our thanks to Mr Welsh for his time.", "Welsh"],
      ["The meeting was chaired by Kiri Tane, Clinical Nurse Leader.", "Kiri Tane"],
      ["TRANSFERT À GRASSE DEMAIN MATIN.", "GRASSE"],
    ]);
  });
  it("drops the head of a role title after its role word", () => {
    const found = run("Signed: Harriet Oduya, RN, Clinical Nurse Leader").findings.map((f) => f.text);
    expect(found).not.toContain("Leader");
  });
});
