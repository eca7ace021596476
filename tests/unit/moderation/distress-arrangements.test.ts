import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../app/moderation/distress/features";
import { detectByRules } from "../../../app/moderation/distress/rules";

const features = (text: string, lang = "en") =>
  [...extractFeatures(text, lang).values.keys()].filter((k) => /^(?:arrange|noneed|farewell|past:arrange)/.test(k));

describe("final arrangements: acts the writer reports", () => {
  it.each([
    ["I've found a new home for my dog and my sister is taking my plants.", "arrange:pet"],
    ["Signed my will yesterday, and the landlord has my notice.", "arrange:will"],
    ["I've written a note for each of them and left them by the kettle.", "arrange:letters"],
    ["Gave my brother all my passwords last night.", "arrange:codes"],
    ["Rang the bank to check my life insurance.", "arrange:insurance"],
    ["I cancelled my gym and phone contracts this morning.", "arrange:accounts"],
    ["I've been setting aside my sleeping tablets.", "arrange:stock"],
    ["I've chosen the night.", "arrange:date"],
    ["J'ai donné mes livres et laissé un mot pour ma mère.", "arrange:letters"],
    ["J'ai trouvé un endroit tranquille près de la rivière.", "arrange:place"],
    ["J'ai donné ma démission et résilié mon bail.", "arrange:accounts"],
  ])("%s → %s", (text, feature) => {
    const lang = /^J'/.test(text) ? "fr" : "en";
    expect(features(text, lang)).toContain(feature);
    expect(features(text, lang)).toContain("arrange:act");
  });

  it("counts different kinds of act and says when no occasion explains them", () => {
    const f = features("Sorted out my will, cancelled my phone contract and gave my guitar to a mate.");
    expect(f).toContain("arrange:2+");
    expect(f).toContain("arrange:bare");
  });

  it("reads words that make an act permanent or hidden", () => {
    expect(features("Gave my records to my nephew. He thinks I'm clearing out.")).toContain("arrange:permanent");
    expect(features("J'ai confié mes plantes à la voisine, au cas où.", "fr")).toContain("arrange:permanent");
  });

  it("does not fire on the same acts without the writer, or when someone else does them", () => {
    expect(features("The patient had updated his will and written letters to his children.")).not.toContain("arrange:act");
    expect(features("She told me she'd picked a date.")).not.toContain("arrange:date");
    expect(features("Mon collègue a dit qu'il avait choisi la date.", "fr")).not.toContain("arrange:date");
  });

  it("marks an ordinary occasion instead of a bare act", () => {
    const moving = features("Gave my sofa and my bike away, we're moving to Calgary next month.");
    expect(moving).toContain("arrange:act");
    expect(moving).not.toContain("arrange:bare");
    const holiday = features("J'ai confié mon chien à mes parents pour les vacances, pour de bon je rigole.", "fr");
    expect(holiday).not.toContain("arrange:bare");
    expect(holiday).not.toContain("arrange:permanent");
  });

  it("reads a preparation in a past the writer says is resolved as past", () => {
    const f = features("Back in 2018 I had chosen the date and written letters. Therapy helped, and I'm doing well now.");
    expect(f).toContain("past:arrange");
    expect(f).not.toContain("arrange:act");
  });
});

describe("after X I won't need Y", () => {
  it("fires without an occasion, in both languages", () => {
    expect(features("After Friday I won't need my locker.")).toContain("noneed:bare");
    expect(features("Après Noël j'aurai plus besoin de ma voiture.", "fr")).toContain("noneed:bare");
  });
  it("is set apart when an occasion explains it", () => {
    const f = features("After Friday I won't need my locker, I'm starting a new job in the community.");
    expect(f).toContain("noneed:occasion");
    expect(f).not.toContain("noneed:bare");
  });
  it("does not fire on a need the writer still has", () => {
    expect(features("I will need my locker after Friday, please don't give it away.")).not.toContain("noneed:bare");
  });
});

describe("farewell framings", () => {
  it("fires on a thank-you for everything that closes", () => {
    const f = features("Thank you for everything, honestly. Look after each other for me.");
    expect(f).toContain("farewell:thanks");
    expect(f).toContain("farewell:closing");
    expect(f).toContain("farewell:bare");
    expect(features("Merci pour tout. C'est mon dernier message ici.", "fr")).toContain("farewell:bare");
  });
  it("is set apart for a leaving do or a retirement", () => {
    const f = features("Thank you for everything, all of you! Retiring on Friday, drinks at six.");
    expect(f).toContain("farewell:thanks+occasion");
    expect(f).not.toContain("farewell:bare");
  });
  it("does not fire on an ordinary thank-you", () => {
    expect(features("Thanks for the tips on the rota, very helpful.")).toEqual([]);
  });
});

describe("the written rules read an ordinary event as the reason for a will, affairs or a thank-you", () => {
  it.each([
    ["Made my will and sorted my passwords now the baby is here.", "en"],
    ["Getting my affairs in order before my operation on Tuesday.", "en"],
    ["Thank you all for everything, I'm starting at the hospice on Monday!", "en"],
    ["Merci pour tout, je pars à la retraite vendredi.", "fr"],
  ])("no alarm: %s", (text, lang) => {
    expect(detectByRules(text, { lang }).distress).toBe(false);
  });
  it.each([
    ["I've put my affairs in order.", "en"],
    ["Sorted out my passwords and made my will. Thank you all for everything.", "en"],
    ["Merci pour tout. J'ai fait mon testament.", "fr"],
  ])("still an alarm without one: %s", (text, lang) => {
    expect(detectByRules(text, { lang }).distress).toBe(true);
  });
});
