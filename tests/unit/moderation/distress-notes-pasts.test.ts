import { describe, expect, it } from "vitest";
import { detectByRules } from "../../../app/moderation/distress/index";

// Batches 17 and 18 read blind: the written rules alarmed on clinical notes, on pasts that are over and on quoted
// songs and scripts. Each case is a new wording of a kind, beside the same words as the writer's own, now.
const rules = (text: string, lang: string) => detectByRules(text, { lang }).distress;
const quiet = (text: string, lang = "en") => expect(rules(text, lang), text).toBe(false);
const heard = (text: string, lang = "en") => expect(rules(text, lang), text).toBe(true);

describe("a note's shorthand is about a patient", () => {
  it("'pt' is the patient, in English and French", () => {
    quiet("Pt 41M brought in after cutting his wrists, sutured in minors, reviewed by the crisis team.");
    quiet("Pt 62 ans, phlébotomie… non : pt retrouvée après s'être coupée aux poignets, vue par l'équipe mobile.", "fr");
    heard("Cut myself again last night.");
  });

  it("a sentence that denies, or 'nie', is a note about someone", () => {
    quiet("Summary for the GP: denies any thoughts of suicide, lives with her sister, follow-up in two weeks.");
    quiet("Courrier au médecin traitant : nie toute idée suicidaire, vit avec son frère.", "fr");
    heard("Je pense au suicide tous les soirs.", "fr");
  });

  it("'SI' is a serious incident, not the writer's ideation: 'since the SI' still counts", () => {
    heard("been thinking about ending it all since the SI investigation");
  });
});

describe("words sung, read or performed are someone else's", () => {
  it("a quote after a song, the radio, a book or a script's line", () => {
    quiet("The song in the lift was 'I just want to die tonight' on loop, the whole ward was laughing.");
    quiet("Mon fils chante « je veux mourir » de je ne sais quel groupe, à tue-tête.", "fr");
    quiet("For the sim the actor's script had him say 'I want to kill myself' at minute five.");
    // Quotation marks alone are emphasis: the writer's own words still count.
    heard("'I want to kill myself.' That's what goes round my head every night.");
  });
});

describe("a past the post says is over", () => {
  it("'I'm not now', 'I don't anymore', 'that's not where I am now'", () => {
    quiet("In 2015 I wanted to die. I'm not now, and I wanted the new starters to hear that.");
    quiet("When I was a junior doctor I thought about killing myself. I don't anymore.");
    quiet("There was a time I wanted to die. That's not where I am now.");
    // The same past with nothing saying it is over still counts.
    heard("In 2015 I wanted to die and it's back, worse, since the inquest.");
  });

  it("what the writer does today, or 'but I'm fine'", () => {
    quiet("Back in 2012 I planned to overdose. Today I mentor new graduates.");
    quiet("During lockdown I had the tablets counted out. Long haul, but I'm fine.");
    quiet("Il y a longtemps, je voulais mourir. Aujourd'hui j'accompagne des internes.", "fr");
    quiet("Pendant l'internat je pensais à me jeter sous un train. Cet hiver j'ai repris le vélo.", "fr");
    heard("Je pensais à me jeter sous un train et j'y pense encore ce soir.", "fr");
  });
});
