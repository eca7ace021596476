import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { detectByRules, detectDistressByWords } from "../../../app/moderation/distress/index";
import { scoreDistress } from "../../../app/moderation/distress/model";
import { DISTRESS_MODEL } from "../../../app/moderation/distress/model-weights";
import { fold, normaliseEnglish as normaliseEnglishClause, normaliseFrench as normaliseFrenchClause } from "../../../app/moderation/distress/normalise";

// The readers fold a clause (lower case, accents off) before they normalise it.
const normaliseEnglish = (text: string) => normaliseEnglishClause(fold(text));
const normaliseFrench = (text: string) => normaliseFrenchClause(fold(text));

const features = (text: string, lang?: string) => [...extractFeatures(text, lang).values.keys()];
const composed = (text: string, lang?: string) => features(text, lang).filter((f) => /^(?:self|clause):/.test(f));

describe("texting and regional spellings reach the plain form", () => {
  it("reads English texting spellings, and 'bin' as 'been' only before a verb in -ing", () => {
    expect(normaliseEnglish("bin thinking about killin myself alot latley")).toBe("been thinking about killing myself a lot lately");
    expect(normaliseEnglish("dont want to wake up tmrw")).toBe("do not want to wake up tomorrow");
    expect(normaliseEnglish("noone would notice")).toBe("no one would notice");
    expect(normaliseEnglish("I put the notes in the bin")).toBe("i put the notes in the bin");
    expect(normaliseEnglish("the bin is full")).toBe("the bin is full");
  });

  it("reads Québec 'chu' and 'pu', but keeps 'pu' the participle before an infinitive", () => {
    expect(normaliseFrench("chu pu capable")).toBe("je suis plus capable");
    expect(normaliseFrench("j ai pu envie de vivre")).toBe("je ai plus envie de vivre");
    expect(normaliseFrench("J'ai pu venir hier")).toBe("je ai pu venir hier");
    expect(normaliseFrench("Je suis à boutte")).toBe("je suis a bout");
    expect(normaliseFrench("Chu tannée de toute")).toBe("je suis fatiguee de toute");
  });

  it("reads 'sur les genoux' and 'sur les rotules' as worn out, and leaves other knees alone", () => {
    expect(normaliseFrench("je suis sur mes genoux depuis des mois")).toBe("je suis epuisee depuis des mois");
    expect(normaliseFrench("Chu sur les rotules")).toBe("je suis epuisee");
    expect(normaliseFrench("j'ai mal aux genoux")).toBe("je ai mal aux genoux");
  });
});

describe("what one clause composes: an end the writer speaks of, and what colours it", () => {
  it("fires when the writer's own clause holds an end, with a wish, a thought or living beside it", () => {
    const stop = composed("honestly i want it all to stop");
    expect(stop).toContain("self:core");
    expect(stop).toContain("clause:core+wish");
    expect(composed("I keep thinking it would be kinder to everyone if I just disappeared")).toContain("self:core");
    expect(composed("J'ai envie de mourir.", "fr")).toEqual(expect.arrayContaining(["self:death", "clause:core+wish"]));
  });

  it("does not fire on someone else's end, a denied one, an idiom, or a film", () => {
    expect(composed("The patient said she wants it all to stop.")).toEqual([]);
    expect(composed("My sister wants to die, how do I help her?")).toEqual([]);
    expect(composed("I would never kill myself.")).toEqual([]);
    expect(composed("this rota is killing me")).toEqual([]);
    expect(composed("Watched a film where the hero wants to die.")).toEqual([]);
    expect(composed("La patiente veut mourir, on a appelé la psychiatrie.", "fr")).toEqual([]);
  });

  it("keeps an end without 'I' in its clause apart from one the writer owns with 'I'", () => {
    const numb = features("numb. just numb.");
    expect(numb.filter((f) => f.startsWith("self:"))).toEqual([]);
  });

  it("needs two different ends in one clause for clause:core+core", () => {
    expect(composed("I feel worthless and I want to die")).toContain("clause:core+core");
    expect(composed("I feel worthless. The weather is grey.")).not.toContain("clause:core+core");
  });
});

describe("context both readers share: dated and resolved pasts, reported speech, a laughing emoji", () => {
  it("sets aside a past the writer says is over, and keeps one that is back", () => {
    const over = features("Two years ago I wanted to end my life. Therapy and a change of job helped. I'm doing well now.");
    expect(over).toContain("past:death");
    expect(over).not.toContain("own:death");
    const back = features("Two years ago I wanted to end my life. Now I want to again.");
    expect(back).toContain("own:death");
    expect(features("Back in 2021 I googled ways to die most nights. I haven't had those thoughts in over a year.")).not.toContain("own:death");
  });

  it("reads French dated pasts, being helped and thoughts gone as resolved", () => {
    const over = features("En 2021 je cherchais des façons de mourir presque tous les soirs. J'ai été aidée et ces pensées sont parties.", "fr");
    expect(over).not.toContain("own:death");
    expect(features("En 2021 je cherchais des façons de mourir. Ça recommence, je veux mourir.", "fr")).toContain("own:death");
  });

  it("treats words quoted after a French imperfect of saying as someone else's", () => {
    expect(features("La patiente répétait « je veux mourir ».", "fr")).not.toContain("own:death");
    expect(features("Je répète: je veux mourir.", "fr")).toContain("own:death");
  });

  it("reads a laughing emoji as a joke, and nothing else as one", () => {
    expect(features("If I have to sit through one more training video I will walk into the sea 😂")).toContain("frame:humour");
    expect(features("I keep thinking about walking into the sea.")).not.toContain("frame:humour");
    expect(features("I keep thinking about walking into the sea 😢")).not.toContain("frame:humour");
  });
});

describe("the scorer's veto over a written rule's alarm", () => {
  it("reads a rule's alarm in a joke far below its line, and sets it aside exactly when it is below the fitted veto", () => {
    const joke = "I'm going to jump off the roof if this audit fails lol";
    expect(detectByRules(joke).distress).toBe(true);
    // The fit chooses the veto (0.2 through batch 13; 0 through batch 14, where it gained nothing out of fold).
    expect(scoreDistress(joke).probability).toBeLessThan(0.1);
    expect(detectDistressByWords(joke).distress).toBe(scoreDistress(joke).probability >= DISTRESS_MODEL.veto);
  });

  it.each([
    "I want to kill myself.",
    "Je veux mourir.",
    "I don't want to wake up tomorrow.",
    "I can't keep going. I want it all to stop.",
    "thinking of ending things",
  ])("never sets aside a plain statement: “%s”", (text) => {
    expect(detectByRules(text).distress).toBe(true);
    expect(scoreDistress(text).probability).toBeGreaterThan(DISTRESS_MODEL.veto);
    expect(detectDistressByWords(text).distress).toBe(true);
  });
});
