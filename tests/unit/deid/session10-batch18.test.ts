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
