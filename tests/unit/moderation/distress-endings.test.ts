import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { readRevealedSelf } from "../../../app/moderation/distress/reveal";
import { detectByRules } from "../../../app/moderation/distress/rules";

// Decision 012, 2026-12-01: endings said without the words of dying, and a writer who speaks of themself as someone
// else. Posts written for these tests; each wording that must alarm the rules sits beside ones that must not.
const rulesAlarm = (text: string, lang: string) => detectByRules(text, { lang }).distress;

function rulesRead(title: string, fires: Array<[string, string]>, calm: Array<[string, string]>) {
  describe(title, () => {
    it.each(fires)("“%s” alarms the rules", (text, lang) => expect(rulesAlarm(text, lang)).toBe(true));
    it.each(calm)("“%s” does not", (text, lang) => expect(rulesAlarm(text, lang)).toBe(false));
  });
}

describe("a writer who tells of themself in the third person", () => {
  it("reads “she” as the writer once the post says “that's me”, and keeps someone else's “his”", () => {
    expect(readRevealedSelf(["He's a midwife who lost a baby on his shift.", "He thinks the parents hate him.", "That's me, btw."])).toEqual([
      "I am a midwife who lost a baby on my shift.",
      "I think the parents hate me.",
      "That's me, btw.",
    ]);
    expect(readRevealedSelf(["She told the family the scan was clear.", "She was wrong.", "That's me, by the way."])[1]).toBe("I was wrong.");
  });

  it("leaves “she” alone when the post never says it is the writer", () => {
    const post = ["She's a nurse on my ward.", "She doesn't deserve what the family said.", "That's me done for the week."];
    expect(readRevealedSelf(post)).toEqual(post);
  });

  it("reads « elle » as the writer after « c'est moi », not after « c'est moi qui »", () => {
    expect(readRevealedSelf(["Une aide-soignante a oublié la barrière.", "Elle a peur de tout maintenant.", "C'est moi."])[1]).toBe(
      "j'ai peur de tout maintenant.",
    );
    const post = ["Elle a fait une chute la nuit dernière.", "C'est moi qui l'ai trouvée."];
    expect(readRevealedSelf(post)).toEqual(post);
  });
});

rulesRead(
  "the third person revealed, or a note to one's former self",
  [
    ["He's a paramedic who got the dose wrong. He doesn't deserve to keep breathing. That's me, if anyone's wondering.", "en"],
    ["Dear younger self, the one who dreamed of the ICU: you won't have to pretend for much longer.", "en"],
    ["Voici une sage-femme qui a raté une hémorragie. Elle n'a plus rien à faire sur terre. Je parle de moi.", "fr"],
  ],
  [
    ["He's a paramedic who got the dose wrong. He doesn't deserve the abuse the papers gave him.", "en"],
    ["Note to my younger self: you will survive the first year, and you won't have to fake confidence much longer.", "en"],
    ["Elle n'a plus rien à faire ici, la stagiaire : on l'a changée de service.", "fr"],
  ],
);

rulesRead(
  "an ending tied to a date or an event",
  [
    ["Once the tribunal's done on Thursday I have no plans for after. Already gave my dog to my brother.", "en"],
    ["I keep working out which day would upset the kids the least. Not near exams.", "en"],
    ["Booked a permanent holiday for after the inquest. Won't need a return ticket.", "en"],
    ["Après l'audience de mardi, j'ai pas de plan pour après. J'ai donné mes bijoux à ma nièce.", "fr"],
    ["Je cherche quel jour ferait le moins de mal à mes parents.", "fr"],
  ],
  [
    ["No plans for after the exams yet, probably just sleep for a week!", "en"],
    ["Retiring in March: a permanent vacation, finally. I gave my good scissors to the new grad.", "en"],
    ["Gave my old stethoscope to a student since I'm moving to Perth next month.", "en"],
    ["On a choisi la date qui dérange le moins les collègues pour le pot de départ.", "fr"],
  ],
);

rulesRead(
  "others better off after a little grief; forgiveness for when one is gone",
  [
    ["My partner would grieve for a few months and then be better off, honestly.", "en"],
    ["I'd like them to forgive me when I'm no longer around.", "en"],
    ["Ils pourront me pardonner quand je ne serai plus là.", "fr"],
    ["Je vais leur rendre service en disparaissant.", "fr"],
  ],
  [
    ["The family will grieve for a long time, and we should support them.", "en"],
    ["Je vais leur rendre service demain en gardant les enfants.", "fr"],
  ],
);

rulesRead(
  "the thoughts of a past episode coming back; self-harm again",
  [
    ["I was admitted in 2018. Since the complaint, the dark thoughts have come back, every night.", "en"],
    ["Depuis la plainte, mes idées noires reviennent tous les soirs.", "fr"],
    ["jme suis recoupée cette nuit, personne sait", "fr"],
    ["cut myself again after the debrief", "en"],
  ],
  [
    ["Thoughts about the patient came back to me on the drive home; I rang my supervisor and we talked it through.", "en"],
    ["Les pensées reviennent sur le dossier, la nuit, mais je dors mieux depuis la supervision.", "fr"],
    ["I cut myself on a broken ampoule again, third time this month. Need better snappers.", "en"],
  ],
);

rulesRead(
  "goodbyes before a move or a new post, and a past clearly over",
  [["This is goodbye. I've written to each of you. Don't look for me.", "en"]],
  [
    ["This is goodbye from me, last shift on the ward on Friday. Moving back to Dunedin to be near my folks.", "en"],
    ["The winter after the inquest I thought about swerving into traffic on the way to work. I'm well on the other side of it now.", "en"],
  ],
);

describe("a past episode set against now: “this isn't it”", () => {
  const safe = (text: string, lang: string) => extractFeatures(text, lang).values.has("frame:safe");
  it.each([
    ["I was in a dark place after the first inquest. I know what that was like, and this isn't it. This is grief.", "en"],
    ["My GP asked if I'm at risk. I'm not at risk, I'm exhausted.", "en"],
    ["J'ai connu le fond du trou en 2015. Là c'est pas pareil cette fois, c'est de la fatigue.", "fr"],
  ])("“%s” is a safety statement", (text, lang) => expect(safe(text, lang)).toBe(true));
  it.each([
    ["Therapy helped last time. It's not the same this time, nothing touches it.", "en"],
    ["I'm not sure this is it for me. I keep looking at the bridge.", "en"],
  ])("“%s” is not", (text, lang) => expect(safe(text, lang)).toBe(false));
});

describe("a goodbye to the group, explained by a move or not", () => {
  const farewell = (text: string, lang: string) => [...extractFeatures(text, lang).values.keys()].filter((k) => k.startsWith("farewell:"));
  it.each([
    ["Signing off from this group: we're moving back to Adelaide in the new year to be near the grandkids.", "en"],
    ["Dernier post pour moi : on s'installe à Lyon avec les enfants en février.", "fr"],
  ])("“%s” closes with an occasion", (text, lang) => expect(farewell(text, lang)).toContain("farewell:closing+occasion"));
  it.each([
    ["This is goodbye. Thank you all for everything.", "en"],
    ["Ceci est mon adieu. Merci pour tout.", "fr"],
  ])("“%s” closes with none", (text, lang) => expect(farewell(text, lang)).toContain("farewell:closing"));
});
