import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { cutFor, isFramedPost, scoreDistress, type FittedModel } from "../../../app/moderation/distress/model";
import { detectByRules } from "../../../app/moderation/distress/rules";

// Decision 012, twelfth round: the false alarms of fresh text are words that are not the writer's now. Each reading
// is checked beside the same words that still count.
const rulesAlarm = (text: string, lang: string) => detectByRules(text, { lang }).distress;
const frames = (text: string, lang: string) => [...extractFeatures(text, lang).values.keys()].filter((k) => k.startsWith("frame:"));

/** Posts the written rules must leave alone, beside the same kind of words that must still alarm them. */
function rulesRead(title: string, calm: Array<[string, string]>, fires: Array<[string, string]>) {
  describe(title, () => {
    it.each(calm)("“%s” is not the writer in distress", (text, lang) => expect(rulesAlarm(text, lang)).toBe(false));
    it.each(fires)("“%s” still is", (text, lang) => expect(rulesAlarm(text, lang)).toBe(true));
  });
}

rulesRead(
  "a quote whose speaker is named after it is someone else's",
  [
    ["'I'd be better off dead,' a man in bay four told me this morning. I fetched the nurse in charge.", "en"],
    ['"I just want to die," the lady in the side room said to me at handover. We called the liaison team.', "en"],
    ["« Je veux mourir », m'a dit un monsieur aux urgences cette nuit. J'ai appelé la psychiatre de garde.", "fr"],
    ["« Je suis un fardeau pour mes enfants », me disait ma patiente hier. Comment répondre à ça ?", "fr"],
  ],
  [
    ['"I just want to die," I said to my husband last night, and I meant it.', "en"],
    ["'I'm a burden to all of you,' I told my sister. I still think it.", "en"],
    ["« Je veux mourir », j'ai dit à mon mari hier soir. Je le pense encore.", "fr"],
  ],
);

describe("a past over, told to others now", () => {
  it("“coming back” is not a typo of “coping”", () => {
    expect(frames("As a student I cut myself. Now I speak to new cohorts about it, but it's coming back.", "en")).not.toContain("frame:resolved");
  });

  it.each([
    ["As a student I cut myself for a while after my dad died. That was twenty years ago. Now I speak to every new cohort about it.", "en"],
    ["Back in my second year I self-harmed most weeks. It was a long time ago, and I think students need to hear it from someone who is doing fine.", "en"],
    ["En deuxième année je me suis scarifiée pendant un semestre. C'était il y a seize ans. Aujourd'hui j'en parle aux internes.", "fr"],
    ["Il y a douze ans j'ai voulu mourir. Les stagiaires ont besoin de voir quelqu'un qui va bien après ça.", "fr"],
  ])("“%s” is read as resolved", (text, lang) => {
    expect(frames(text, lang)).toContain("frame:resolved");
    expect(rulesAlarm(text, lang)).toBe(false);
  });

  it.each([
    ["Back in 2019 I wanted to die. Therapy and long walks got me through. The thoughts came back after the complaint.", "en"],
    ["En 2017 j'ai voulu mourir et je m'en suis sortie avec un suivi. Depuis la plainte, les mêmes idées noires reviennent.", "fr"],
  ])("“%s” says the past is back", (text, lang) => {
    expect(frames(text, lang)).not.toContain("frame:resolved");
  });

  it.each([
    ["As a student I self-harmed for a while. Now I speak to every new cohort about it, but it's coming back since the inquest.", "en"],
    ["En deuxième année je me suis scarifiée. Aujourd'hui j'en parle aux internes, mais ça revient depuis la plainte.", "fr"],
  ])("“%s” is not", (text, lang) => {
    expect(frames(text, lang)).not.toContain("frame:resolved");
    expect(rulesAlarm(text, lang)).toBe(true);
  });
});

rulesRead(
  "drowning in work is an idiom",
  [
    ["Drowning in paperwork for the audit, any tips on templates?", "en"],
    ["Je me noie sous les dossiers depuis la fusion des services.", "fr"],
    ["On se noie dans la paperasse pour la certification.", "fr"],
  ],
  [
    ["Je me noie. Je n'en peux plus de rien.", "fr"],
    ["Je me noie et personne ne le voit.", "fr"],
  ],
);

rulesRead(
  "a pause before a preposition continues the sentence",
  [
    ["I want to disappear… to a cabin with no signal for a fortnight. Booked it for after the tribunal.", "en"],
    ["J'ai envie de disparaître... dans une cabane sans réseau pendant deux semaines.", "fr"],
  ],
  [
    ["I want to disappear… forever.", "en"],
    ["J'ai envie de disparaître... pour de bon.", "fr"],
  ],
);

describe("a cut of its own for framed posts", () => {
  it("reads the frames that say the words are not the writer's now", () => {
    expect(isFramedPost(["own:death", "frame:resolved"])).toBe(true);
    expect(isFramedPost(["others:death"])).toBe(true);
    expect(isFramedPost(["own:death", "self:core", "denied:plan", "frame:first_person"])).toBe(false);
  });

  it("applies the framed pair to a framed post only, in its language", () => {
    const model: FittedModel = {
      bias: 0,
      threshold: 0.6,
      veto: 0.1,
      byLanguage: { en: { threshold: 0.6, veto: 0.1, framed: { threshold: 0.9, veto: 0.7 } } },
      weights: {},
    };
    expect(cutFor(model, "I'm tired.", "en", true)).toEqual({ threshold: 0.9, veto: 0.7 });
    expect(cutFor(model, "I'm tired.", "en", false)).toEqual({ threshold: 0.6, veto: 0.1 });
    expect(cutFor(model, "Je suis fatiguée.", "fr", true)).toEqual({ threshold: 0.6, veto: 0.1 });
    // A flat model scores 0.5 everywhere: below the framed threshold, above the plain one.
    const flat = { ...model, byLanguage: { en: { threshold: 0.4, veto: 0.1, framed: { threshold: 0.9, veto: 0.7 } } } };
    expect(scoreDistress("My patient said she wanted to die.", "en", undefined, { model: flat })).toMatchObject({ framed: true, distress: false });
    expect(scoreDistress("Another long day on the ward.", "en", undefined, { model: flat })).toMatchObject({ framed: false, distress: true });
  });
});
