import { describe, expect, it } from "vitest";
import { fires, run, silent, texts } from "./helpers";

describe("places in notes typed in one case (session 10)", () => {
  it("finds a town of several ordinary words after a place word, in capitals or lower case", () => {
    fires(
      [
        ["WIFE CALLED FROM OCEAN CITY, WILL BE IN TOMORROW.", "OCEAN CITY"],
        ["pt lives in glen burnie with his son.", "glen burnie"],
        ["daughter moved to silver spring last yr", "silver spring"],
        ["SON IS DRIVING DOWN FROM GRAND RAPIDS TONIGHT.", "GRAND RAPIDS"],
      ],
      "LOCATION",
    );
    silent(["pt in good spirits, from home.", "PT IN NO ACUTE DISTRESS, TO CT SCAN.", "pt to go to rehab today."], "LOCATION");
  });

  it("finds a facility named in brackets after the outside hospital's shorthand", () => {
    fires(
      [
        ["PT ADMITTED TO OSH (SUBURBAN) THEN TRANSFERRED HERE.", "SUBURBAN"],
        ["Initially seen at outside hospital (Lakeview), intubated there.", "Lakeview"],
      ],
      undefined,
    );
    silent(["OSH (see below) labs reviewed.", "pt intubated at osh (ett 7.5) then flown in."], "FACILITY");
  });

  it("keeps a facility's name apart from what the patient goes there for", () => {
    fires([["Will go to Union Memorial for EP study.", "Union Memorial"]], "FACILITY");
    expect(texts(run("Will go to Union Memorial for EP study.").findings)).toEqual(["Union Memorial"]);
    expect(texts(run("Seen at St Mary's Hospital for MRI.").findings)).toEqual(["St Mary's Hospital"]);
  });
});
