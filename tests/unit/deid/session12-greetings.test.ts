import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("greetings and sign-offs are never a name or a place (session 12), on sentences of our own", () => {
  it("drops greetings in te reo, Pacific languages, Afrikaans, Dutch, isiZulu and isiXhosa", () => {
    silent(
      [
        "Tēnā koutou, thank you for reading this.",
        "Talofa lava. I am writing for my mother.",
        "Mālō e lelei. My father was in ward 5 last winter.",
        "Goeiedag, I want to complain about the night staff.",
        "Baie dankie for listening to us.",
        "Thank you all for your time. Siyabonga.",
        "Molweni, I am the eldest son.",
        "Met vriendelijke groeten",
      ],
      "PERSON",
    );
    silent(["Tēnā koe, I am writing about my nan.", "Sawubona. We came from far to see her."], "LOCATION");
  });

  it("keeps the name after a greeting and a surname after a title", () => {
    fires(
      [
        ["Groete Marietjie", "Marietjie"],
        ["Kia ora Aroha, thanks for the call.", "Aroha"],
        ["She was seen by Mr Molo on the ward round.", "Molo"],
        ["Baby Siyabonga (born at 31 weeks) was in the incubator.", "Siyabonga"],
        ["BED 4: SIYABONGA NKOSI, PNEUMONIA", "SIYABONGA"],
      ],
      "PERSON",
    );
  });
});
