import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

// What a note's measurements, scores and settings look like, written for these rules (not taken from any corpus).
describe("measurements are no identifiers", () => {
  it("reads a number written against its unit or a clock time as a measurement, not a code", () => {
    silent(
      [
        "I/O (-) 1300CC AS OF 10PM.",
        "DIALYSATE 1000ML/HR, REMOVAL 150ML/HR.",
        "TYLENOL 1300MG PR GIVEN.",
        "WILL RECHECK LYTES @ 1800PM.",
        "negative 2500cc since midnight.",
      ],
      "ID",
    );
    fires(
      [
        ["Incident form 88421XK was filed the same day.", "88421XK"],
        ["Claim 20231-AB is still open.", "20231-AB"],
      ],
      "ID",
    );
  });
});

describe("scores out of ten are no dates", () => {
  it("leaves a pain or symptom score out of ten alone unless something says date", () => {
    silent(
      [
        "pt c/o CP, 5/10, ECG done.",
        "decrease in CP to 3/10 after SL NTG.",
        "developed severe 10/10 angina while out to lunch.",
        "c/o midsternal chest pressure 6/10.",
        "C/O 5/10 incisional pain.",
      ],
      "DATE",
    );
    fires(
      [
        ["Seen in clinic on 5/10, discharged home.", "5/10"],
        ["Chest pain since 4/10, worse today.", "4/10"],
      ],
      "DATE",
    );
  });
});

describe("ventilator modes and care units are no facilities", () => {
  it("leaves modes, the blood bank and unit kinds alone after a verb of moving", () => {
    silent(
      [
        "RESP: Pt changed from AC to C-pap with last gas on 40%.",
        "RETURNING TO SIMV, MEDICATED FOR COMFORT.",
        "Weaned from FMV this AM to cool neb.",
        "New clot sent to BB for type and cross.",
        "plan transfer to PCU later this day.",
        "?transfer to the vicu today.",
      ],
      "FACILITY",
    );
    fires([["Transferred to St Brendan's for rehab on Monday.", "St Brendan's"]], "FACILITY");
  });
});
