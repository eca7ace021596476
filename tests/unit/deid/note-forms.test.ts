import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

// Forms clinical notes and social histories use, written for these rules (not taken from any corpus).
describe("people in note slots", () => {
  it("finds an unknown name after paging or handing over, in a note typed in one case", () => {
    fires(
      [
        ["paged vantross re low u/o, no new orders.", "vantross"],
        ["CALLED HO MERRIDEW X2 FOR K 3.1.", "MERRIDEW"],
        ["d/w kellagher re plan for the night.", "kellagher"],
        ["report given to quiltane at 0700.", "quiltane"],
      ],
      "PERSON",
    );
    silent(["paged cardiology re low u/o, no new orders.", "CALLED HO X2 FOR K 3.1.", "d/w neuro re plan for the night."], "PERSON");
  });

  it("finds a known surname or first name alone where only a person sits", () => {
    fires(
      [
        ["Pt seen by Smith from renal this am.", "Smith"],
        ["The plan was discussed with Hughes before the family meeting.", "Hughes"],
      ],
      "PERSON",
    );
    silent(["Pt seen by Cardiology this am.", "The form was signed by Friday at the latest.", "Plan agreed with Renal."], "PERSON");
  });
});

describe("staff whose surname is also a word, in notes typed in capitals", () => {
  it("finds the surname after a role or a handover, or before a credential", () => {
    fires(
      [
        ["NP WOOD NOTIFIED OF K 3.0.", "WOOD"],
        ["DISCUSSED WITH HALL, WILL CONT TO MONITOR.", "HALL"],
        ["HUNT RN COVERING.", "HUNT"],
        ["report given to bell at 1900.", "bell"],
      ],
      "PERSON",
    );
    silent(["EVAL BY MD WARM SOAK TO SITE.", "U/O REMAINS LOW MD AWARE.", "MD WILL FOLLOW IN AM.", "CHARGE RN AWARE.", "NIGHT RN TO CALL."], "PERSON");
  });
});

describe("dates written with an apostrophe", () => {
  it("reads a two-digit year with an apostrophe as a date", () => {
    fires(
      [
        ["h/o AAA repair in '98 c/b DVT.", "98"],
        ["PMH: CVA 74', CHOLECYSTECTOMY 77'.", "74"],
        ["PICC placed R AC 11/17, art line last night.", "11/17"],
      ],
      "DATE",
    );
    silent(
      ["ambulated 50' with PT, tolerated well.", "HOB 30' at all times.", "Pt is 5'10\" and 80 kg.", "AMB 40' X2 WITH WALKER.", "vent on AC 12/5 overnight."],
      "DATE",
    );
  });
});

describe("places and employers in social histories", () => {
  it("finds an employer after a job or a verb of working", () => {
    fires(
      [
        ["SOCIAL: MARRIED, HUSBAND CEO OF IBM. SMOKER.", "IBM"],
        ["Pt is a Verizon lineman, lives with wife.", "Verizon"],
        ["Retired from Gillette after 30 years.", "Gillette"],
      ],
      "ORGANISATION",
    );
    silent(
      ["Dr Hamish O'Loughlin, Director of Clinical Governance.", "She works at home most days.", "RETIRED FROM WORK IN 2001.", "Pt works for the state."],
      "ORGANISATION",
    );
  });

  it("finds named regions, landmarks, universities and a town typed with caps lock held", () => {
    fires([
      ["Family coming up from the Eastern Shore tomorrow.", "Eastern Shore"],
      ["pt to North Campus for radiation planning.", "North Campus"],
      ["Summer house on Cape Cod, comes back in May.", "Cape Cod"],
      ["Will follow U Maryland sliding scale.", "U Maryland"],
      ["Daughter in BAltimore will call tonight.", "BAltimore"],
      ["cont insulin gtt per U Maryland scale.", "U Maryland"],
      ["FAMILY ARRIVED FROM THE EASTERN SHORE LAST NIGHT.", "EASTERN SHORE"],
    ]);
    silent(["PT TURNED TO THE LEFT SIDE Q2H.", "ABRASION ON THE EAST SIDE OF THE INCISION."], "LOCATION");
    silent(["10U Lenti PM and covered with regular insulin.", "LOWER EXTREMITIES WARM.", "Turned to left side q2h."]);
  });

  it("finds numbered streets, a doctor's own practice, bodies named with '&', and where someone lives named with its article", () => {
    fires([
      ["Kevin was seen at our 5th avenue clinic before the review.", "5th avenue clinic"],
      ["Her last visit was at Dr. Okafor's Office in March.", "Dr. Okafor's Office"],
      ["She was seen at Baylor Scott & White for the scan.", "Baylor Scott & White"],
      ["He has been living in the Bronx since he was a boy.", "the Bronx"],
      ["The crash happened near San Fran on the way home.", "San Fran"],
    ]);
    silent(["Mr & Mrs Tane came with Dr Jones & Dr Lee.", "The 5th dose was given at 0600.", "Living in the moment helps her."], "ORGANISATION");
    silent(["Living in the moment helps her.", "The 5th dose was given at 0600."]);
  });
});
