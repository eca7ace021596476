import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { detectByRules } from "../../../app/moderation/distress/rules";

// Decision 012, eleventh round: a past bracketed by its time and followed by a present statement of recovery is
// set aside (the rules and the scorer's features alike); a post that turns to all the others is read as such; a
// Québec note's "usager" is someone else. Each beside the same kind of words that still count.
const frames = (text: string, lang: string) => [...extractFeatures(text, lang).values.keys()].filter((k) => k.startsWith("frame:"));
const rulesAlarm = (text: string, lang: string) => detectByRules(text, { lang }).distress;

describe("a past bracketed by its time, then a present recovery", () => {
  it.each([
    ["Back in my second year I tried to kill myself. These days I'm doing really well and I mentor the new grads.", "en"],
    ["When I was a junior I used to cut my arms to feel something. I haven't for eleven years.", "en"],
    ["A few years ago I planned how I would end it. Two years into counselling and it did turn, slowly.", "en"],
    ["As a trainee I wanted to die most weeks. Back at work, swimming again, and I wanted you to know it can change.", "en"],
    ["À l'époque de l'internat, je voulais mourir. Trois ans de suivi plus tard, je vais franchement mieux.", "fr"],
    ["Quand j'étais externe, je me scarifiais les bras. Plus jamais depuis douze ans.", "fr"],
    ["Il y a deux ans je me brûlais les bras pour me calmer. Ça fait dix-huit mois que j'ai arrêté.", "fr"],
    ["At uni I used to burn my arms to calm myself. I stopped nearly three years ago.", "en"],
    ["Il y a quelques années j'ai pensé à me tuer. J'ai repris le travail et le sport, ça va bien mieux.", "fr"],
  ])("“%s” is set aside by the rules and read as resolved", (text, lang) => {
    expect(rulesAlarm(text, lang)).toBe(false);
    expect(frames(text, lang)).toContain("frame:resolved");
  });

  it.each([
    // A past attempt mentioned with present ideation.
    ["Two years ago I tried to kill myself. A year into therapy now, but I still want to die most nights.", "en"],
    // Said to be better, and then not.
    ["Last year I tried to kill myself. I told everyone I was doing well. I'm not.", "en"],
    ["Years ago I tried to kill myself. It's coming back since the inquest, and I'm not fine.", "en"],
    ["L'année dernière j'ai voulu me tuer. Je dis à tout le monde que ça va mieux, mais je fais semblant.", "fr"],
    ["Il y a deux ans j'ai voulu me tuer. Ça revient depuis l'audience, et je ne vais pas bien.", "fr"],
  ])("“%s” still counts", (text, lang) => {
    expect(rulesAlarm(text, lang)).toBe(true);
    expect(frames(text, lang)).not.toContain("frame:resolved");
  });

  it.each([
    // No time bracket around the act: a recovery said elsewhere in the post does not set it aside.
    ["I want to kill myself. I'm a year into therapy and doing well at work, apparently.", "en"],
    ["Je veux me tuer. Deux ans de suivi, et je vais mieux au travail, paraît-il.", "fr"],
  ])("“%s” still counts for the rules", (text, lang) => {
    expect(rulesAlarm(text, lang)).toBe(true);
  });

  it("a self-harm past that started again is not over, whatever activity came back", () => {
    const text = "As a student I used to cut my arms to cope. Running again since spring, but I've started cutting myself again this week.";
    expect(rulesAlarm(text, "en")).toBe(true);
  });
});

describe("a post that turns to all the others", () => {
  it.each([
    ["Thinking of all of you after the inquest this week. Be kind to yourselves, and reach out.", "en"],
    ["The review came out today. Sending love to everyone who was on that night. Look after yourselves.", "en"],
    ["Le rapport est sorti. Prenez soin de vous, toutes, et soyez douces avec vous-mêmes.", "fr"],
  ])("“%s” is read as encouragement", (text, lang) => {
    expect(frames(text, lang)).toContain("frame:encourage");
  });

  it.each([
    ["Be gentle with me, I can't do this anymore.", "en"],
    ["Prenez soin de mes enfants quand je ne serai plus là.", "fr"],
  ])("“%s” is not", (text, lang) => {
    expect(frames(text, lang)).not.toContain("frame:encourage");
  });
});

describe("a Québec note's user is someone else", () => {
  it("« usager verbalise des idées suicidaires » in a note is not the writer's", () => {
    expect(rulesAlarm("Note au dossier : usagère verbalise des idées suicidaires, pas de plan, référée au CLSC.", "fr")).toBe(false);
  });

  it("the writer's own ideas still count beside a note", () => {
    expect(rulesAlarm("J'ai écrit la note pour l'usager, puis j'ai pensé à me suicider dans l'auto.", "fr")).toBe(true);
  });

  it("Québec slang for suicide counts", () => {
    expect(rulesAlarm("Des soirs j'ai envie de me câlisser en l'air.", "fr")).toBe(true);
  });
});
