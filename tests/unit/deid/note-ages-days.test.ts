import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("dates written longer, named Sundays, ages with the sex, French rooms cut short (held-out batch 16)", () => {
  it("keeps a weekday, its day and its month as one date", () => {
    fires(
      [
        ["The debrief was on Weds 9th October in the tea room.", "Weds 9th October"],
        ["Reviewed Thurs 21st Nov by the consultant.", "Thurs 21st Nov"],
      ],
      "DATE",
    );
  });

  it("finds a Sunday or a Monday named by a capitalised word after a preposition, in mixed case only", () => {
    fires(
      [
        ["She was discharged on Mothering Sunday without her scripts.", "Mothering Sunday"],
        ["The pump was changed over Whit Monday.", "Whit Monday"],
      ],
      "DATE",
    );
    silent(["he was seen on ward round monday and again tuesday.", "We meet on Monday and Tuesday."], "DATE");
  });

  it("finds an age over 89 with the sex glued on after a comma, a bracket or 'pt', not a temperature", () => {
    fires(
      [
        ["pt walter okafor, 93M, from home, fell at 0300", "93"],
        ["Mrs Lindqvist (96 F) was moved twice in one night.", "96"],
      ],
      "AGE",
    );
    silent(["T 101F overnight, settled with paracetamol.", "Temp: 100F, HR 110."], "AGE");
  });

  it("finds a room cut short in a French note", () => {
    fires(
      [
        ["nuit du 4 : mme dufresne ch 12 : a crié vers 3h, rassurée.", "12"],
        ["M. Hubaux Ch. 208, chute au lever, pas de plaie.", "208"],
      ],
      "ID",
    );
    silent(["Elle a reçu 2 mg à 3 h, puis ch 5 h rien.", "The CH 12 report is due."], "ID");
  });
});

describe("people by their role in notes (held-out batch 16)", () => {
  it("finds a name before the role in brackets, a name after a support worker's role, dotted initials signing a dictation", () => {
    fires(
      [
        ["found on the floor at 0200 by jez (rn), obs done", "jez"],
        ["She was hoisted by agency PSW Precious and the student.", "Precious"],
        ["Thank you.\nEnd of dictation. R.T.K.", "R.T.K."],
        ["Merci.\nInitiales : ÉLB", "ÉLB"],
        ["HALL 2 - MBEKI, THANDIWE 41F ASTHMA, NEBS GIVEN", "MBEKI, THANDIWE"],
      ],
      "PERSON",
    );
    silent(["Seen by the nurse (RN) and the doctor (SHO) at 3am.", "The PSW Handbook was updated.", "CXR, CT 45 M"], "PERSON");
  });
});
