import { ORDINARY_EVENTS } from "./arrangements";
import { near, rule, type DistressRule } from "./types";

// Endings said without the words of dying (decision 012, 2026-12-01): an end kept for after a date or an event and
// nothing planned beyond it, a date chosen to hurt people least, a "permanent" holiday, things or pets given away,
// others grieving a little and then better off, asking forgiveness for when one is no longer there, the thoughts of
// a past episode coming back, a deserved end, not having to pretend much longer. Each is an idea, not a phrase.
// Weak ones weigh 0.5 and need a second signal. Input is normalised (lower case, no accents, contractions expanded).

/** Leaving a job, retiring or a sabbatical: "a permanent vacation" is then a joke about work. */
const LEAVING_WORK = /\b(?:retir\w*|resign\w*|sabbatical|career break|quit(?:ting)? (?:my job|nursing|medicine)|new (?:job|role|post))\b/;
const GIVE_AWAY_EN = "(?:gave|given|giving|give|handed) (?:away )?(?:my|all my|our)";
const THINGS_EN =
  "(?:\\w+ )?(?:cat|cats|dog|dogs|pets?|kitten|puppy|rabbit|stethoscope|fob watch|guitar|bike|books|clothes|jewell?e?ry|ring|watch|things|stuff|belongings|plants|car|uniforms?)";
/** The whole family of an end reached by the others: "they'd grieve a bit and then be better off". */
const GRIEVE = "(?:grieve|mourn|cry|be sad|be upset|miss me|be shocked|be gutted)";
const RELIEVED = "(?:be |feel )?(?:better off|relieved|lighter|freer|happier|at peace|glad)";

export const ENGLISH_ENDINGS: DistressRule[] = [
  // An end kept for after a date or event, nothing planned beyond it.
  rule("plan", 0.5, "(?:no|not have (?:a|any)|not got (?:a|any)|without (?:a|any)) plans? (?:for )?(?:after|afterwards|beyond (?:that|it|then))(?= ,|$)", {
    negatable: false,
  }),
  rule(
    "plan",
    1,
    near(
      "(?:pick|picking|picked|choose|choosing|chose|chosen|find|finding|work out|working out|which|what) (?:a |the )?(?:date|day)",
      `(?:hurt|upset|ruin|spoil|affect)\\w* (?:\\w+ ){0,2}(?:the )?least|least (?:hurtful|painful|upsetting|disruptive)|(?:not|would not|will not) (?:ruin|spoil) (?:christmas|birthdays?|easter|the holidays)`,
      6,
      "he|she|they|patient|his|her|their",
    ),
    {
      self: true,
    },
  ),
  rule(
    "passive_ideation",
    1,
    "(?:permanent|eternal|forever) (?:vacation|holiday|sleep|nap|rest|exit|escape|way out)|permanent solution(?! (?:to|for) (?:the|our|this|a|staffing))",
    {
      cancelledBy: LEAVING_WORK,
    },
  ),
  // Things and pets given away: a preparation when no occasion explains it.
  rule("plan", 0.5, `${GIVE_AWAY_EN} ${THINGS_EN}|(?:rehomed|found a (?:new )?home for) (?:my|the|our) (?:cat|dog|pets?|kitten|puppy|rabbit)`, {
    self: true,
    cancelledBy: new RegExp(
      `${ORDINARY_EVENTS.en.source}|\\b(?:declutter\\w*|downsiz\\w*|charity shop|upgrad\\w*|new one|allergic|allergy|birthday|christmas)\\b`,
    ),
  }),
  // Others grieve a little, then are better off; forgiveness or a goodbye for when one is no longer there.
  rule("burden", 1, `${GRIEVE}(?: \\w+){0,5}? (?:and )?(?:then|after that|eventually|in the end|but then) (?:\\w+ ){0,2}?${RELIEVED}`, {
    self: true,
    unless: /^ (?:about|that|for (?:him|her|them))\b/,
  }),
  rule("goodbye", 1, "(?:if|when|once|after) i am no longer (?:here|around|alive|in this world|in the picture)", { self: true, negatable: false }),
  // A deserved end, not having to pretend much longer.
  rule(
    "passive_ideation",
    1,
    "(?:do not|never|no longer) deserve (?:to )?(?:keep |go on |carry on )?(?:breathing|breathe|living|waking up|the same air|another day|to be alive)",
    {
      negatable: false,
    },
  ),
  rule(
    "passive_ideation",
    1,
    "(?:will not|not going to|never) (?:have|need) to (?:\\w+ ){0,2}?(?:pretend|fight|struggle|keep going|hold on|hang on|carry on|be strong|wake up|get up|smile|face (?:this|it|them|anyone))(?: \\w+){0,3}? (?:for )?(?:much|any|very much) longer",
    { negatable: false, cancelledBy: new RegExp(`${ORDINARY_EVENTS.en.source}|${LEAVING_WORK.source}`) },
  ),
  // The thoughts of a past episode come back (not "thoughts about the patient").
  rule(
    "ideation",
    1,
    "(?:the|those|my|dark|same|old) (?:thoughts|urges)(?: are| have)?(?: been)? (?:come |coming |creeping |crept |came |started coming )?back(?! (?:to (?:work|me about)|about|of))",
    {
      self: true,
      negatable: false,
    },
  ),
  rule(
    "self_harm",
    1,
    "(?:cut|hurt|burned|burnt|scratched) myself again|(?:recut|re cut)(?: myself)?|relapsed (?:on |with |into )?(?:self harm|cutting|harming)",
    { self: true },
  ),
];

const DONNE_FR = "(?:donne|confie|laisse|place|offert|refile|passe) (?:mon|ma|mes|tous mes|toutes mes)";
const CHOSES_FR =
  "(?:\\w+ )?(?:chat|chatte|chats|chien|chienne|chiens|animaux|lapin|stethoscope|bijoux|affaires|livres|velo|guitare|montre|bague|plantes|vetements|char|voiture)";

export const FRENCH_ENDINGS: DistressRule[] = [
  rule("plan", 0.5, "pas de plans? (?:pour )?(?:apres|la suite|ensuite|au dela)(?= ,|$)|rien de prevu (?:pour )?(?:apres|ensuite)(?: ca)?(?= ,|$)", {
    negatable: false,
  }),
  rule(
    "plan",
    1,
    near(
      "(?:quelle|quel|la|une|le|un) (?:date|jour|moment)",
      "(?:ferait|fera|feraient|causerait) le moins (?:de )?(?:peine|mal|tort|degats)|moins (?:pire|douloureu\\w+) pour",
      6,
      "il|elle|ils|elles|patient|patiente",
    ),
    {
      self: true,
    },
  ),
  rule("plan", 0.5, `${DONNE_FR} ${CHOSES_FR} (?:a|au|aux|chez)`, {
    self: true,
    cancelledBy: new RegExp(`${ORDINARY_EVENTS.fr.source}|\\b(?:allergi\\w*|anniversaire|noel|trop petit|plus de place)\\b`),
  }),
  // « Elle va leur rendre service bientôt », « quand je ne serai plus là », « la seule façon qui me reste ».
  rule("burden", 1, "(?:leur|lui|vous|te) rendre (?:un )?service (?:bientot|en (?:partant|disparaissant|me en allant|me effacant))", { self: true }),
  rule("goodbye", 1, "(?:quand|lorsque|une fois que|apres que|si) je (?:ne )?(?:serai|suis|serais) plus (?:la|ici|de ce monde)", {
    self: true,
    negatable: false,
  }),
  rule("goodbye", 0.5, "(?:quand|lorsque|une fois que) on (?:ne )?(?:sera|est|serait) plus (?:la|ici|de ce monde)", { self: true, negatable: false }),
  rule("passive_ideation", 0.5, "(?:la )?seule (?:facon|solution|issue|chose|option|maniere) qui me reste", { negatable: false }),
  rule(
    "passive_ideation",
    1,
    "(?:ne )?(?:ai|a) plus rien a faire (?:ici|sur terre|dans ce monde|en ce monde)|(?:merite|meritais) (?:pas|plus) de (?:vivre|respirer|etre en vie|etre la)",
    {
      negatable: false,
    },
  ),
  rule(
    "ideation",
    1,
    "(?:les|mes|ces|memes|vieilles) (?:pensees|idees|envies)(?: noires| sombres)? (?:reviennent|sont revenues|recommencent|sont de retour)(?! (?:sur|a propos|au sujet))",
    {
      self: true,
      negatable: false,
    },
  ),
  rule(
    "self_harm",
    1,
    "me suis re(?:coupee?|scarifiee?|mutilee?|tailladee?|brulee?)|(?:je me|jme) (?:suis )?(?:re)?(?:coupe|scarifie|mutile)e? (?:hier|cette nuit|ce soir|encore)",
    {
      self: true,
    },
  ),
];
