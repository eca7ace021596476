import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

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
