import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("services and hospitals named by the slot a transfer puts them in (held-out batch 16)", () => {
  it("finds the service that brought someone in, by name or acronym, and a lower-case acronym in a lower-case note", () => {
    fires(
      [
        ["She was brought in by Wellington Free Ambulance at midnight.", "Wellington Free Ambulance"],
        ["He came in by EMRS after the crash on the N2.", "EMRS"],
        ["pt 81m, brought in by sjwa after a fall at home", "sjwa"],
      ],
      "ORGANISATION",
    );
    silent(["She was brought in by ambulance and collected by the GP.", "brought in by her son, then taken by car to the ward"], "ORGANISATION");
  });

  it("finds a hospital's acronym someone is sent to in French, and a Royal hospital by its short name", () => {
    fires(
      [
        ["Arrêt cardiaque, transférée à l'HSCM le soir même.", "HSCM"],
        ["She was moved to the Royal Vic for the scan.", "Royal Vic"],
      ],
      undefined,
    );
    silent(["Transférée à l'ECG puis au bloc.", "A letter from the Royal College of Nursing came."], "FACILITY");
  });
});
