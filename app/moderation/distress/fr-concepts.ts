import { ORDINARY_EVENTS } from "./arrangements";
import { near, rule, type DistressRule } from "./types";

// Règles par idée plutôt que par tournure, écrites après un lot de formulations inédites (décision 006).

const MOYENS = "(?:le |au |aux |les |la |a la )?(?:pont|rails|voie ferree|train|falaise|toit|corde|medicaments|cachets|comprimes|pilules|riviere|autoroute)";
const ATTIRE =
  "(?:pense|pensais|penser|songe|songeais|reve|revais) (?:souvent |parfois |beaucoup |encore |tout le temps )?(?:a|au|aux)|regarde|regardais|attire par|attiree par|me (?:suis )?(?:arrete|arretee|gare|garee) (?:pres|sur|au bord)";

export const FRENCH_CONCEPTS: DistressRule[] = [
  rule("plan", 1, near(ATTIRE, MOYENS, 3, "il|elle|ils|elles|nous|vous|patient|patiente|ne|pas"), {
    unless: /^ (?:de (?:la|le) (?:ville|travail)|ferme|en travaux|est|etait)\b/,
  }),
  rule(
    "plan",
    0.5,
    "(?:mis|mettre|mets) (?:mes affaires|tout|ma vie) en ordre|je suis prete?$|au cas ou$|(?:regle|reglé|mis en ordre|prepare|fait) (?:mon testament|mes affaires|mes mots de passe)",
    { self: true, cancelledBy: ORDINARY_EVENTS.fr },
  ),
  rule(
    "goodbye",
    0.5,
    "(?:ecrit|laisse|ecrire|laisser) (?:des|une|mes) (?:lettres?|mots?) (?:a|pour) (?:mes enfants|ma famille|mon mari|ma femme|mes parents|mes proches|ma fille|mon fils)|prenez soin de vous|desolee? pour tout",
  ),
  rule(
    "self_harm",
    1,
    "me suis (?:encore |de nouveau )?(?:scarifiee?|mutilee?|taillade(?:e)?|coupee? (?:expres|volontairement|les bras|les poignets|les cuisses|encore|de nouveau|hier)|brulee? (?:expres|volontairement)|fait du mal)",
    { self: true },
  ),
  rule(
    "passive_ideation",
    1,
    "(?:epuisee?|fatiguee?|lasse?|tannee?|ecoeuree?) de (?:vivre|exister|la vie|etre en vie|me reveiller)|(?:je ne suis |chu |je suis )?(?:pu|plus) capable(?: de (?:vivre|continuer|toffer))?$|(?:veux|voudrais|aimerais) que (?:ca|tout|cela) (?:finisse|se termine|cesse|se arrete)|(?:peu|pas) importe (?:si|que) je (?:vive|meure|vis|meurs)",
  ),
  rule(
    "burden",
    1,
    "(?:ne )?(?:sers|sert) (?:a rien|plus a rien)|(?:meritent|merite) mieux que moi|je prends (?:juste |seulement )?de la place|(?:le monde|tout le monde) (?:serait|seraient) mieux sans moi",
    { self: true },
  ),
  rule("passive_ideation", 1, "a quoi bon (?:me )?(?:reveiller|lever|vivre|continuer|exister|me lever|me reveiller)", { negatable: false }),
  rule(
    "not_coping",
    1,
    "(?:je ne sais plus|je sais plus|je ne sais pas) comment (?:tenir|continuer|avancer|faire face)|au bout du rouleau|je (?:ne )?vois (?:pas|plus) comment (?:continuer|tenir|avancer|vivre)|je (?:ne )?(?:toffe|tough) plus",
    { negatable: false },
  ),
];
