import { describe, expect, it } from "vitest";
import { maskReportedQuotes } from "../../../app/moderation/distress/context";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { modelFeatures } from "../../../app/moderation/distress/model";
import { detectByRules, detectDistressByWords } from "../../../app/moderation/distress/index";

const features = (text: string, lang?: string) => [...extractFeatures(text, lang).values.keys()];
const quiet = (text: string, lang?: string) => expect(detectDistressByWords(text, { lang }).distress, text).toBe(false);
const heard = (text: string, lang?: string) => expect(detectDistressByWords(text, { lang }).distress, text).toBe(true);

describe("context both readers share (batch 11 false alarms, in general form)", () => {
  it("'aucun' and 'aucune' deny what follows, as 'pas' and 'jamais' do", () => {
    quiet("Semaine dure, mais je ne suis pas en danger et je n'ai aucune envie d'en finir. J'ai juste besoin de vider mon sac.", "fr");
    quiet("Pour être clair, aucune idée de me faire du mal. Mais je suis triste après l'enquête.", "fr");
    expect(features("Je n'ai aucune envie d'en finir.", "fr")).toContain("denied:death");
    heard("J'ai envie d'en finir, je n'ai aucune raison de continuer.", "fr");
  });

  it("words inside French guillemets or curly quotes after a reporting verb are someone else's", () => {
    quiet("La fille d'une patiente m'a dit « je ne peux pas vivre sans elle ». Comment répondez-vous à ça ?", "fr");
    expect(maskReportedQuotes("Mon ado m'a envoyé « tue-moi » quand j'ai posté une photo.")).not.toContain("tue-moi");
    expect(maskReportedQuotes("He told me “I want to die” and laughed.")).not.toContain("die");
    quiet("A patient's husband told me “I don't want to live without her” at the bedside. How do you look after yourself?", "en");
    // Without a reporting verb, quotation marks are only emphasis.
    heard("« Je veux mourir. » Voilà ce que je me répète chaque soir depuis l'erreur.", "fr");
  });

  it("a past the post says is over is set aside, however the past and its end are said", () => {
    quiet("L'an dernier je me scarifiais. Avec un suivi et une équipe bienveillante, c'est derrière moi.", "fr");
    quiet("Two years ago I was self-harming most nights. Therapy and a good manager changed that. I'm proud of where I am.", "en");
    quiet("Last winter I genuinely didn't want to be alive. This winter I'm on a rotation I love and I've got a dog.", "en");
    // The same past, not said to be over, still counts.
    heard("L'an dernier je me scarifiais et ça recommence cette semaine, je me suis coupée hier soir.", "fr");
  });

  it("the words of suicide as a subject of work are a topic, not an experience, for the rules as for the scorer", () => {
    quiet("Sage-femme. J'anime une formation sur la dépression du post-partum et le risque suicidaire. Des ressources à conseiller ?", "fr");
    quiet("Psychiatre. Idées suicidaires passives documentées, pas de scénario. Comment formulez-vous le courrier ?", "fr");
    quiet("I'm leading our trust's suicide prevention training next month; any good case studies?", "en");
    expect(features("Je prépare une formation sur le risque suicidaire.", "fr")).toContain("frame:topic");
    heard("J'ai des idées suicidaires tous les soirs depuis l'erreur.", "fr");
  });

  it("idioms are masked before the written rules read a clause, as they were for the scorer", () => {
    expect(detectByRules("Ce nouveau logiciel de planning va me tuer. Trois heures pour une semaine de gardes.", { lang: "fr" }).distress).toBe(false);
    expect(detectByRules("J'ai envie de me tuer.", { lang: "fr" }).distress).toBe(true);
  });
});

describe("the fitted scorer also weighs what the rules found below their line", () => {
  it("passes the rules' families on when two of them fired, and leaves one weak signal alone to the concepts", () => {
    const names = (text: string) => [...modelFeatures(text).values.keys()].filter((k) => k.startsWith("rule:"));
    expect(names("I feel hopeless.")).toEqual([]);
    const two = names("I feel hopeless and completely alone.");
    expect(two).toContain("rule:any");
    expect(two.length).toBeGreaterThanOrEqual(2);
  });

  it("names the families a summary feature carried, never the words", () => {
    const result = detectDistressByWords("Je me demande qui me trouverait.", { lang: "fr" });
    expect(result.signals).toContain("burden");
  });
});
