import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectDistressByWords } from "../../../app/moderation/distress/index";

const flags = (text: string, lang?: string) => detectDistressByWords(text, { lang }).distress;

describe("distress detection by idea, not phrase", () => {
  it.each([
    ["I keep thinking about the bridge on my drive home after nights.", "plan"],
    ["I've sorted my will and the passwords for my husband. Just want things tidy.", "plan"],
    ["I feel like I'm only taking up space. My kids deserve better than me.", "burden"],
    ["I've stopped caring whether I live or die.", "passive_ideation"],
    ["As a midwife I've held so much loss, and now I'm the one who wants to disappear for good.", "passive_ideation"],
    ["i hurt myself last night so i could feel something other than this", "self_harm"],
    ["I'm at breaking point and I've got the pills ready.", "plan"],
  ])("%s → %s", (text, family) => {
    const result = detectDistressByWords(text);
    expect(result.distress).toBe(true);
    expect(result.signals).toContain(family);
  });

  it("combines weak signals from different families, but one alone is not enough", () => {
    expect(flags("my family would get the insurance, they'd be fine")).toBe(true);
    expect(flags("My life insurance renewal came through, cheaper this year.")).toBe(false);
    expect(flags("I'm sorting out my will now that we've had a baby - any solicitor recommendations?")).toBe(false);
  });

  it("reads French ideas too", () => {
    expect(flags("J'ai mis mes affaires en ordre et écrit à ma sœur. Je suis prête.", "fr")).toBe(true);
    expect(flags("Je suis tannée de vivre, j'en peux pu.", "fr")).toBe(true);
    expect(flags("La patiente s'est scarifiée, nous avons appelé la psychiatrie de liaison.", "fr")).toBe(false);
  });

  it("does not fire on devices, single-quoted reported words, teaching or a job someone is done with", () => {
    expect(flags("my phone's about to die, will reply later")).toBe(false);
    expect(flags("He said 'I just want to sleep and never wake up' and I referred him to the crisis team.")).toBe(false);
    expect(flags("Today's teaching: how to ask about suicidal thoughts without fear.")).toBe(false);
    expect(flags("Risk factors include prior attempts, access to means, and feelings of being a burden.")).toBe(false);
    expect(flags("I'm done. Done with this trust, done with the excuses.")).toBe(false);
    expect(flags("I'm done. Really done this time.")).toBe(true);
    expect(flags("I stood on the bridge to watch the fireworks last night with my kids.")).toBe(false);
  });

  it("does not fall below its measured figures on the latest unseen batch (tests/data/distress-unseen.jsonl)", () => {
    // Blind on 29 Nov 2026: 10/38 found, 4/38 false alarms; 23/38 and 2/38 after round 3 was written against
    // it; batch 4 (20/20), blind after round 3: 2/20 and 0/20 (decision 012). A floor against regressions, not
    // evidence of generalisation.
    const path = fileURLToPath(new URL("../../data/distress-unseen.jsonl", import.meta.url));
    const cases = readFileSync(path, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; lang: string; distress: boolean });
    const found = cases.filter((c) => c.distress && flags(c.text, c.lang)).length;
    const alarms = cases.filter((c) => !c.distress && flags(c.text, c.lang)).length;
    expect(found).toBeGreaterThanOrEqual(25);
    expect(alarms).toBeLessThanOrEqual(2);
  }, 30_000);
});
