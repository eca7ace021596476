import type { DistressLanguage } from "./types";

/**
 * Final arrangements, read as acts rather than phrases. People preparing to die describe ordinary acts: a pet
 * rehomed, belongings given away, a will, letters, passwords handed over, insurance checked, subscriptions
 * cancelled, notice given, pills put aside, a date or a place chosen, a thank-you for everything. The same acts
 * fill everyday posts, and there the writer nearly always says why (a move, a trip, a baby, surgery, a new job,
 * a leaving do). So the features are the act done by the writer, whether the post gives an ordinary occasion,
 * how many different acts there are, and words that make an act permanent or hidden ("for good", "she thinks
 * I'm moving", "just in case"). "After X I won't need Y" and a thank-you that closes ("you won't need to worry
 * about me much longer") are read the same way. What each weighs is fitted (./model.ts), not written here.
 * Input is normalised text: lower case, no accents, contractions expanded, French elisions split.
 */

/**
 * Ordinary events that explain a will, a power of attorney, affairs in order or a thank-you for everything: a
 * move, a trip, a birth, a wedding, surgery, a new job, a retirement, a leaving do. Also read by the written
 * rules (./en.ts, ./fr.ts), so neither reader alarms on "updated my will now the baby's here".
 */
const EVENTS_EN = String.raw`holidays?|vacation|trip|travel\w*|flights?|retreat|honeymoon|mov(?:e|es|ed|ing) (?:to|house|flat|abroad|overseas|home to|back to|back home)|movers|new (?:flat|house|home|job|role|post|baby|place)|emigrat\w*|mortgage|baby|pregnan\w*|wedding|surgery|operation|procedure|retir\w*|leaving do|farewell (?:party|drinks|card)|starting (?:at|in|a|my) \w+|back (?:on|at|in) (?:monday|work|the \w+)`;
const EVENTS_FR = String.raw`vacances|voyage|colo|demenag\w*|(?:on|nous|je) (?:se|nous|me) (?:installe|installons|installer)\w* (?:a|au|aux|en|dans)|disponibilite|conge parental|je pars (?:vivre|habiter|en (?:disponibilite|conge))|nouvel appart\w*|nouvelle (?:maison|poste)|nouveau (?:poste|travail|boulot)|expatri\w*|pret immobilier|bebe|enceinte|grossesse|mariage|operation|chirurgie|intervention|retraite|pot de depart|mutation|je reprends|je commence (?:a|au|en|le|la|ma|mon)`;
export const ORDINARY_EVENTS = { en: new RegExp(`\\b(?:${EVENTS_EN})\\b`), fr: new RegExp(`\\b(?:${EVENTS_FR})\\b`) };

type Arrangements = {
  /** Kinds of preparation, each a family of acts. */
  acts: Array<[string, RegExp]>;
  /** An ordinary occasion that explains the acts. */
  occasion: RegExp;
  /** Words that make an act permanent, hidden or unexplained. */
  permanent: RegExp;
  /** "I won't need it", "j'aurai plus besoin". */
  noNeed: RegExp;
  /** A thank-you for everything, or for always being there. */
  thanks: RegExp;
  /** Words that close: a last post, before I go, not much longer, take care of each other. */
  closing: RegExp;
  /** The writer in a clause: a first-person word, or a clause that opens on a verb with no subject ("gave notice"). */
  writer: RegExp;
  /** Someone else before the act is its doer ("he'd picked a date", "elle avait choisi"). */
  others: RegExp;
};

const w = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "u");

const EN: Arrangements = {
  acts: [
    ["care", w(String.raw`(?:asked|told) \w+ to (?:look after|take|keep|have) (?:my|the)|(?:is|are) (?:taking|keeping|having) my|new home for (?:my|the)`)],
    [
      "pet",
      w(
        String.raw`(?:sorted|rehom\w*|gave|given|giving|took|taken|taking|dropped) (?:the|my|our) (?:cat|dog|pets?|rabbit|bird|fish|kitten|puppy)|(?:cat|dog|pets?) (?:is|are) going to|new home for (?:the|my) (?:cat|dog|pets?)`,
      ),
    ],
    [
      "belongings",
      w(
        String.raw`gave (?:away )?(?:my|all my)|giv(?:en|ing) (?:away )?(?:my|all my)|given \w+(?: \w+)? away|boxed (?:them|it|up)|(?:sold|selling) (?:my|all my)|for (?:my|her|his) \w+ to keep`,
      ),
    ],
    ["will", w(String.raw`(?:updated|wrote|written|made|redid|changed|signed) (?:my|a|our) will|my will|power of attorney`)],
    [
      "letters",
      w(
        String.raw`(?:wrote|written|writing|left) (?:a |one |the )?(?:letters?|notes?|cards?)|(?:a |one )?letter each|wrote one for|(?:letters?|notes?) (?:for|to) (?:each|every|my|mum|dad|the kids)|sealed`,
      ),
    ],
    [
      "codes",
      w(String.raw`passwords?|(?:pin|bank\w*|login|phone) (?:codes?|numbers?|details|login)|codes? for (?:my|the)|(?:banking|account) (?:login|details)`),
    ],
    ["insurance", w(String.raw`(?:life |travel )?insurance|pays? out|pension`)],
    [
      "accounts",
      w(
        String.raw`cancel\w* (?:all )?(?:my )?(?:subscriptions?|contracts?|phone|gym|direct debits?)|paid off|pay off|gave (?:the landlord |my )?notice|gave notice|handed in (?:my )?notice`,
      ),
    ],
    ["stock", w(String.raw`(?:putting|put|set|setting|been putting) aside|sav(?:ed|ing) up|stockpil\w*|(?:there is|there are|have) enough now`)],
    ["date", w(String.raw`(?:picked|chose|chosen|set|decided on) (?:a|the) (?:date|day|night)`)],
    [
      "place",
      w(
        String.raw`found (?:a|the) (?:spot|place)|(?:know|picked|chose) (?:which|the) (?:bridge|place|spot)|been to the \w+(?: \w+)? (?:twice|again|three times)|drove past it`,
      ),
    ],
  ],
  occasion: w(
    String.raw`${EVENTS_EN}|camping|fortnight|away for|while (?:i am|we are) away|course|degree|training|start(?:ing)? (?:at|in|a|my)|party|reunion|picnic|budget|bills|because|so that (?:she|he|they|we) can|for the (?:week|weekend|fortnight)`,
  ),
  permanent: w(
    String.raw`for good|(?:she|he|they|mum|my \w+) thinks? (?:i am|it is)|it (?:is|was) not|not true|just in case|(?:seems|feels) (?:tidier|lighter|right)|one less thing|will not need to|not need to|won t need to|sealed|for a while|it is not`,
  ),
  noNeed: w(
    String.raw`(?:will|shall|would) not (?:need|be needing)|(?:no|not) (?:need|point) (?:for|in) (?:it|them|that|renewing)|not need (?:it|them|to) (?:any ?more|again)?|won t need`,
  ),
  thanks: w(
    String.raw`thank(?:s| you) (?:all )?for (?:everything|always|being|checking)|thank you,? all of you|thank you\W*$|(?:you were|you have been) (?:the (?:only|best)|kinder)`,
  ),
  closing: w(
    String.raw`last (?:post|message|time)|this is (?:my )?goodbye|goodbye from me|signing off|before i go|(?:much|any) longer|go quiet|take care of (?:each other|yourselves)|look after each other|(?:worry|to worry) about me|what i needed to say|the people who matter|the best bit`,
  ),
  others: w(
    String.raw`he|she|they|patients?|(?:my|a|our|the|his|her) (?:friend|flatmate|colleague|brother|sister|mum|dad|son|daughter|man|woman) (?:had|has|have|was|is|said|told|gave|wrote|picked|did)`,
  ),
  writer: w(
    String.raw`i|me|my|myself|^ *(?:sorted|gave|given|took|wrote|cancelled|canceled|paid|picked|found|updated|practised|practiced|boxed|checked|sent|put|been)`,
  ),
};

const FR: Arrangements = {
  acts: [
    ["care", w(String.raw`confie (?:mon|ma|mes) \w+|(?:garder|prendre|s occuper de) (?:mon|ma|mes)`)],
    [
      "pet",
      w(String.raw`(?:confie|donne|place|amene|laisse) (?:mon|ma|mes|le|la) (?:chat|chien|chatte|chienne|lapin|animaux?)|(?:mon|ma) (?:chat|chien) (?:chez|a)`),
    ],
    ["belongings", w(String.raw`(?:donne|vendu|distribue) (?:mon|ma|mes|toutes? mes|tous mes)|mis (?:mes|les) \w+ dans des cartons`)],
    ["will", w(String.raw`(?:refait|fait|ecrit|redige|change|signe) (?:mon|notre|un) testament|mon testament|procuration`)],
    [
      "letters",
      w(
        String.raw`(?:ecrit|laisse|redige) (?:une |des |les |un |mes )?(?:lettres?|mots?)|une lettre a chacun|lettres? (?:pour|a) (?:chacun|mes|ma|mon)|scelle\w*|cachete\w*`,
      ),
    ],
    ["codes", w(String.raw`(?:mes|tous mes|les) codes|mots? de passe|identifiants`)],
    ["insurance", w(String.raw`assurance(?: vie| voyage| deces)?|paie en cas`)],
    [
      "accounts",
      w(String.raw`resilie (?:tous )?(?:mes|mon|ma|les)|paye mes dettes|rembourse (?:mes|ma|mon)|donne (?:mon|ma) (?:preavis|demission)|mon preavis`),
    ],
    ["stock", w(String.raw`(?:mets|mis|met) de cote|garde(?:r|s)? de cote|stock\w*|il y en a assez`)],
    ["date", w(String.raw`choisi (?:la|une) (?:date|jour|soir)`)],
    ["place", w(String.raw`(?:trouve|choisi) (?:un|le|l) (?:endroit|coin)|je connais le (?:pont|endroit)|je suis alle\w* deux fois`)],
  ],
  occasion: w(String.raw`${EVENTS_FR}|camping|appart|formation|reunion|budget|factures|parce que|pour que|quinze jours|pour la semaine`),
  permanent: w(
    String.raw`pour de bon|(?:il|elle|ils) croi(?:t|ent) que|c est pas vrai|ce n est pas vrai|au cas ou|(?:ca|cela) soulage|plus propre|une chose de moins|pas besoin de|scelle\w*`,
  ),
  noNeed: w(String.raw`(?:aurai|aura|auras) (?:plus|pas) besoin|n aurai plus besoin|plus besoin de`),
  thanks: w(String.raw`merci pour tout|merci d avoir (?:toujours|ete)|merci a (?:vous|toutes|tous)|plus gentil\w* avec moi`),
  closing: w(
    String.raw`dernier (?:message|post)|(?:je vous dis|ceci est|c est) (?:mon )?(?:adieu|au revoir)|avant de partir|(?:bientot|plus longtemps) plus|plus longtemps|prenez soin (?:de vous|les un\w* des autres)|(?:inquieter|t inquieter|vous inquieter) pour moi|ce que j avais a dire|les gens qui comptent`,
  ),
  others: w(
    String.raw`il|elle|ils|elles|patient\w*|(?:mon|ma|une|un|sa|son) (?:amie?|coloc|collegue|frere|soeur|mere|pere|fils|fille) (?:a|avait|est|etait|m a)`,
  ),
  writer: w(String.raw`je|j|moi|mon|ma|mes|me|m`),
};

const BY_LANGUAGE: Record<DistressLanguage["language"], Arrangements> = { en: EN, fr: FR };

/**
 * Sets the arrangement features of a post read in one language: `arrange:<kind>` for each kind of preparation
 * the writer reports, `arrange:act`, `arrange:2+` (two kinds or more), `arrange:bare` (acts and no ordinary
 * occasion), `arrange:permanent`, `noneed:*` and `farewell:*`. A past the writer says is resolved gives
 * `past:arrange` instead, so a story of recovery is not read as a preparation.
 */
export function readArrangements(language: DistressLanguage["language"], clauses: string[][], resolved: boolean, set: (name: string) => void): void {
  const lex = BY_LANGUAGE[language];
  const all = clauses.flat();
  const post = all.join(" . ");
  const kinds = new Set<string>();
  for (const clause of all) {
    if (!lex.writer.test(clause)) continue;
    for (const [kind, re] of lex.acts) {
      const at = clause.search(re);
      if (at >= 0 && !lex.others.test(clause.slice(0, at))) kinds.add(kind);
    }
  }
  const occasion = lex.occasion.test(post);
  const noNeed = lex.noNeed.test(post);
  const thanks = lex.thanks.test(post);
  const closing = lex.closing.test(post);
  if (resolved) {
    if (kinds.size || noNeed) set("past:arrange");
    return;
  }
  if (kinds.size) {
    set("arrange:act");
    for (const k of kinds) set(`arrange:${k}`);
    if (kinds.size >= 2) set("arrange:2+");
    if (!occasion) set("arrange:bare");
    if (lex.permanent.test(post)) set(occasion ? "arrange:permanent+occasion" : "arrange:permanent");
  }
  if (noNeed) set(occasion ? "noneed:occasion" : "noneed:bare");
  if (thanks) set(occasion ? "farewell:thanks+occasion" : "farewell:thanks");
  if (closing) set(occasion ? "farewell:closing+occasion" : "farewell:closing");
  if (thanks && closing && !occasion) set("farewell:bare");
}
