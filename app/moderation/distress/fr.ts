import { normaliseFrench } from "./normalise";
import { ORDINARY_EVENTS } from "./arrangements";
import { FRENCH_CONCEPTS } from "./fr-concepts";
import { FRENCH_ENDINGS } from "./endings";
import { rule, words, type DistressLanguage } from "./types";

// Formulations relues avec des pairs aidants. La forme canonique n'a ni accents ni apostrophes
// ("je n'en peux plus" → "je ne en peux plus", "s'arrête" → "se arrete"). Mieux vaut offrir du soutien à
// tort que manquer quelqu'un qui en a besoin.

const VOULOIR =
  "(?:veux|voudrais|voulais|veut|aimerais|ai envie de|avais envie de|envie de|besoin de|pense a|pense souvent a|pensais a|penser a|songe a|vais|compte|prefererais|prefere|reve de|tente de|essaye de|essayer de)";
const MOURIR =
  "(?:mourir|crever|me tuer|me suicider|en finir|me (?:foutre|crisser|calisser|sacrer) en le air|disparaitre pour (?:toujours|de bon)|mettre fin a (?:mes jours|ma vie|tout)|partir pour (?:toujours|de bon)|ne plus (?:etre la|exister|vivre|me reveiller)|ne pas me reveiller|dormir pour toujours)";
const AVEC_AUTRE_CHOSE = /^ (?:avec (?!(?:la vie|tout|ma vie|moi)\b)|de (?:rire|faim|soif|honte|fatigue|ennui|chaud|froid|peur|envie))/;

export const FRENCH: DistressLanguage = {
  language: "fr",
  normalise: normaliseFrench,
  rules: [
    rule("ideation", 1, `${VOULOIR} (?:juste |vraiment |seulement |parfois |souvent )?${MOURIR}`, { unless: AVEC_AUTRE_CHOSE }),
    rule(
      "ideation",
      1,
      "me (?:suicider|tuer|pendre|(?:foutre|crisser|calisser|sacrer) en le air)|suicidaires?|idees (?:noires|suicidaires|de mort|de suicide)|pensees (?:suicidaires|de mort)|envie de en finir|en finir (?:avec (?:la vie|tout|ma vie)|une bonne fois|pour de bon)|mettre fin a (?:mes jours|ma vie)|(?:tentative|tentatives) de suicide|passer a le acte|(?:plutot|mieux vaut|prefere|prefererais) (?:etre )?morte?|je serais mieux morte?|(?:pense|penser|songe|songer|reve|rever|pensais|songeais) (?:souvent |parfois |beaucoup |serieusement |de plus en plus )?(?:au suicide|a la mort|a mourir|a me tuer|a en finir|a me suicider)",
      { unless: AVEC_AUTRE_CHOSE },
    ),
    rule(
      "passive_ideation",
      1,
      "(?:plus|pas|aucune) envie de (?:vivre|me reveiller|exister|continuer)|plus (?:la |le |de )?(?:force|courage|envie|energie) de (?:vivre|continuer|me battre|me lever|exister)|(?:aucune|plus de|pas de|plus aucune) raison de (?:vivre|continuer|exister|rester|me lever)|la vie ne (?:vaut plus|a plus|a aucun) (?:la peine|de sens|sens)|(?:plus|pas|aucun) (?:le |de |d )?(?:interet|sens) (?:de|a) (?:vivre|continuer|exister|la vie|me lever)|ne vaut plus la peine de vivre|(?:ne plus|ne pas|ne jamais|jamais) me (?:etre )?reveille(?:r|e|es)?|(?:dormir|sommeil) pour toujours|que (?:tout|ca|cela|la douleur|ce) se arrete|(?:veux|voudrais|aimerais) (?:ne )?(?:plus|pas) (?:exister|etre la|etre en vie|vivre|me reveiller)|(?:veux|voudrais) (?:plus|pas) (?:\\w+ ){1,3}(?:plus )?vivre|(?:ne )?plus (?:vouloir|avoir envie de) (?:vivre|exister)|a quoi bon (?:vivre|continuer|me lever|tout ca|rester)|(?:fatiguee?|lasse?|marre) de (?:vivre|la vie|exister)|ne plus etre la|(?:plus simple|mieux|plus facile|plus leger) si je (?:ne )?(?:etais|suis|serais) plus la|si je (?:ne )?(?:etais|serais) plus la|(?:ne )?merite (?:pas|plus) de (?:vivre|etre la|exister|etre en vie)|ne sert a rien de (?:continuer|vivre|me battre)|partir pour (?:de bon|toujours)|attendre la mort",
      { negatable: false },
    ),
    rule(
      "passive_ideation",
      0.5,
      "je (?:ne )?ai plus (?:la |de )?force$|je veux (?:juste )?partir$|tout arreter|ne verrai pas (?:la fin de|demain|le printemps|noel)|ca me est (?:bien )?egal|je veux (?:juste )?dormir",
      { unless: /^ (?:de (?:fumer|boire|travailler)|pour (?:ce|cette|le|la))\b/ },
    ),
    rule("passive_ideation", 1, "(?:veux|voudrais|envie de|aimerais|besoin de) (?:juste |simplement )?disparaitre", {
      unless: /^ (?:sous|dans|de|du|des|pour (?:le|la|un|une|quelques)|quelques|ce|cette|un peu|loin)\b/,
    }),
    rule(
      "not_coping",
      1,
      "je (?:ne )?(?:en )?peux plus$|ne en peux plus(?! (?:de|des|du) (?!vivre|exister|tout|la vie|moi))|je (?:ne )?tiens plus(?: le coup)?|(?:ne )?(?:peux|pourrai|arrive) (?:plus|pas a) (?:continuer|tenir|avancer|faire face|supporter|vivre comme ca)|je (?:ne )?y arrive plus|je suis (?:completement |totalement )?a bout|je craque|je sombre|je coule|je me noie|je (?:ne )?vois (?:pas|plus|aucune) (?:de |le )?(?:issue|sortie|solution|lumiere|avenir|bout du tunnel)|je (?:ne )?me en sors plus|je abandonne$|je (?:ne )?sais pas (?:combien de temps|si|comment) (?:encore )?je (?:vais |peux |pourrai |vais pouvoir |pourrais |vais encore )?(?:tenir|continuer|supporter|survivre)",
      { negatable: false },
    ),
    rule(
      "self_harm",
      1,
      "envies? de me (?:couper|blesser|bruler|frapper|scarifier|faire du mal)|me (?:suis )?(?:encore |de nouveau |souvent |parfois )?(?:fais|fait|faite|faire|ferai) (?:encore )?du mal|je me (?:scarifie|mutile|taillade)|je me (?:coupe|brule|frappe) (?:expres|volontairement|encore|les bras|les poignets|les cuisses)|me (?:fais|fait|suis fait|suis faite|ferai) du mal|me (?:faire du mal|scarifier|mutiler|taillader|punir|bruler expres|couper les (?:bras|veines|poignets))|automutil\\w*|auto mutil\\w*|scarifications?|(?:envie de|pense a|peur de|recommence a|veux|voudrais) (?:me blesser|me couper|me bruler|me frapper)",
      { unless: /^ (?:au|a la|aux|en (?:cuisinant|travaillant))\b/ },
    ),
    rule(
      "plan",
      1,
      "(?:stocke|stocker|accumule|accumuler|garde|mis de cote|economise|collectionne) (?:des |mes |les )?(?:medicaments|cachets|comprimes|pilules)|(?:avaler|prendre|pris|avale|avalé) (?:tous |toutes )?(?:mes|les|des|toute la boite de|une boite de) (?:medicaments|cachets|comprimes|pilules)|lettre de adieu|lettres de adieu|(?:surdose|overdose)|(?:sauter|me jeter) (?:du|de un|de la|sous|par la|par|dans)|(?:je ai|un) plan pour (?:en finir|mourir|le faire)|(?:je sais|je ai decide|je ai choisi) (?:exactement |deja )?(?:comment|quand|ou) je (?:le ferai|vais le faire|le ferais|le fais|vais faire ca|ferai ca)|(?:donne|donner|distribue) (?:toutes )?mes affaires",
      { unless: AVEC_AUTRE_CHOSE },
    ),
    rule(
      "goodbye",
      1,
      "adieu (?:a tous|tout le monde|pour toujours)|ceci est un adieu|(?:quand|lorsque) je ne serai plus la|je ne serai (?:bientot )?plus la|quand vous lirez (?:ce|ceci)|mes derniers mots",
      { negatable: false },
    ),
    rule(
      "goodbye",
      0.5,
      "adieu|merci pour tout|(?:ce|ceci) est mon dernier message|pardonnez moi|pardon pour tout|prenez soin de (?:mes enfants|ma famille|mon chat|mon chien)|je vous aime tous",
      { unless: /^ (?:avant (?:mes|les)|pour (?:ce|cette) (?:semaine|annee))\b/, cancelledBy: ORDINARY_EVENTS.fr },
    ),
    rule(
      "burden",
      1,
      "(?:un )?fardeau (?:pour|a)|je suis (?:un|une) (?:fardeau|poids|charge)|(?:un|une) (?:fardeau|poids mort)|(?:un|une) (?:poids|charge) (?:pour|a) (?:tout le monde|tous|ma famille|mes proches|les autres|mes enfants|mon mari|ma femme)",
    ),
    rule(
      "burden",
      1,
      "(?:soulagee?s?|mieux|plus heureux|plus heureuse|plus heureuses|tranquilles?) si je (?:disparaissais|mourais|partais|etais morte?|ne etais plus la|me tuais)|mieux sans moi|(?:seraient|serait|seront|sera|seriez|serions) (?:tous )?(?:mieux|plus heureux|plus heureuse|plus tranquilles?) sans moi|personne ne (?:me )?(?:regretterait|remarquerait|manquerait|verrait la difference)|personne ne (?:le )?remarquera|je (?:gache|pourris) la vie",
      { self: true },
    ),
    rule(
      "hopelessness",
      0.5,
      "desesperee?|sans espoir|plus aucun espoir|je me deteste|je me hais|je ne vaux rien|je suis (?:nulle?|inutile|un echec|une ratee?|un rate)|vide (?:a le interieur)|je me sens (?:vide|seule?|piegee?|inutile|perdue?)|personne ne se soucie|(?:idees|pensees) noires|au fond du trou|aucun avenir",
      { unless: /^ (?:pour|avec) (?:ce|cette|le|la)\b/ },
    ),
    ...FRENCH_CONCEPTS,
    ...FRENCH_ENDINGS,
  ],
  context: {
    firstPerson: words("je me moi"),
    others: words(`il elle ils elles vous tu nous lui leur eux sa son ses patient patiente patients patientes pt pte client cliente clients resident residente
      residents usager usagere usagers usageres beneficiaire beneficiaires collegue collegues ami amie amis amies mere pere maman papa fils fille mari femme conjoint conjointe enfant enfants bebe famille
      soeur soeurs frere freres tante oncle cousin cousine neveu niece voisin voisine copain copine
      quelqu qui laquelle lequel personnes gens infirmiere infirmier medecin eleve etudiant etudiante interne on`),
    reporting:
      words(`verbalise verbalisait verbalisent dit disait dire explique expliquait raconte racontait exprime exprimait rapporte signale confie evalue evaluer evaluons note documente
      vu soigne traite accompagne accompagnait demande demandait ecrit entendu admis admise hospitalise hospitalisee`),
    clinical: words(`risque risques evaluation evaluations protocole protocoles formation formations depistage prevention postvention ideation prise charge
      consultation service urgences dossier antecedents cas etude recherche webinaire cours taux statistiques orientation triage transmission
      transmissions garde nie niee nies niees niant rdv film films roman romans documentaire documentaires episode episodes personnage personnages serie series podcast livre`),
    negators: words("pas jamais aucunement nullement point aucun aucune"),
    light: words("ai as a eu vais va veux voudrais vraiment du tout suis me en pense compte ne jamais pas plus envie de je j idees idee pensees pensee"),
    distantPast:
      /\b(?:en (?:19|20)\d\d|il y a (?:bien |tres )?longtemps|pendant (?:le|la|mon|ma|mes) (?:internat|externat|covid|confinement|etudes|formation|residanat|stage)|il y a (?:des|plusieurs|quelques|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente) (?:ans|annees|mois)|en (?:premiere|deuxieme|troisieme|quatrieme|derniere) annee|l an dernier|le annee derniere|l annee derniere|le hiver dernier|le ete dernier|a le epoque|autrefois|quand je etais|lorsque je etais|adolescente?|dans le passe|pendant mes etudes|jeune)\b/,
    pastVerb:
      /\bje (?:me |m |ne |n )*(?!(?:connais|sais|vais|fais|plais|tais|nais)\b)\w{2,}(?<!r)ais\b|\b(?:voulais|avais|etais|ai voulu|ai eu|ai pense|pensais|ai essaye|ai tente|ai fait)\b/,
    recent: /\b(?:hier|ce soir|cette nuit|ce matin|cette semaine|aujourd hui|encore|toujours|depuis (?:le|la)|en ce moment|maintenant)\b/,
    resolved:
      /\bje vais (?:bien|mieux) (?:maintenant|aujourd hui|desormais|depuis)|\bje ai ete (?:aidee?|soignee?|suivie?|accompagnee?|prise? en charge)|\b(?:ces|les|mes) (?:pensees|idees)(?: noires| suicidaires)? (?:sont|ont) (?:parties|partis|disparu|passees|passe)|\b(?:aujourd hui|maintenant|desormais) (?:je vais|ca va|tout va) (?:beaucoup |bien |tellement |nettement )?(?:mieux|bien)|je vais (?:beaucoup |bien |tellement )?mieux|\b(?:cet|cette) (?:hiver|ete|annee|printemps|automne)(?: ,)? je (?:ai|suis|vais)\b|ca va (?:beaucoup |bien |tellement |nettement )?mieux|je me en suis sortie?|ca va mieux|je ai (?:eu|trouve|demande) de le aide|(?:la therapie|le suivi|le traitement|le cercle) me a (?:aidee?|sauvee?)|(?:ce|c) est (?:bien |tres |loin |maintenant )*derriere moi|(?:encore|toujours) (?:la|en vie|vivante?) et (?:contente?|heureuse?|fiere?)|je suis (?:sortie?|guerie?) de|je suis en securite|(?:aujourd hui|maintenant|desormais) je (?:vais bien|suis (?:bien|heureuse?|sobre|fiere?)|cours|travaille|aime|encadre|forme|enseigne|accompagne|soutiens|supervise)|sobre (?:aujourd hui|depuis)|avec un suivi|grace (?:a|au) (?:un )?suivi/,
    recovery:
      /\bje vais (?:(?!pas\b|plus\b)\w+ ){0,2}(?:mieux|bien)\b|\bca va (?:(?!pas\b|plus\b)\w+ ){0,2}(?:mieux|bien)\b|\bje ai repris (?:le |la |les |l |mon |ma |mes |du |a )?(?:travail|boulot|gardes?|velo|sport|course|poste|service|vie|chemin|musique|danse|natation|marche|etudes|temps plein)\b|\b(?:plus rien|plus jamais|pas une fois|jamais recommence) depuis (?:plus de |presque |pres de )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|des|plusieurs|quelques)(?: (?:et )?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))? (?:ans|annees|mois)\b|\b(?:un|une|deux|trois|quatre|cinq|\d+|des|plusieurs|quelques) (?:ans?|annees?|mois) de (?:therapie|suivi|traitement)\b|\b(?:therapie|suivi|traitement) plus tard\b|\bca (?:peut|va) (?:changer|passer|tourner|aller mieux|se arranger)\b|\b(?:contente?|heureuse?|fiere?) de (?:etre (?:la|encore la|en vie)|ou je en suis)\b|\bje en suis (?:fiere?|contente?)\b|\b(?:ca fait|il y a|depuis) (?:plus de |presque |pres de )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|des|plusieurs|quelques)(?: (?:et )?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))? (?:ans|annees|mois) que je (?:ai arrete|ne (?:le |me )?\w+ plus)\b|\b(?:aujourd hui|maintenant|desormais) je en (?:parle|temoigne)\b|\b(?:quelqu un|une personne|des gens|des personnes) qui (?:va|vont) (?:bien|mieux)\b/,
    relapse:
      /\bmais (?:je ne vais pas|ca ne va pas|non|en vrai non)\b|\bje ne vais pas (?:vraiment )?(?:bien|mieux)\b|\bje (?:fais|faisais) semblant\b|\b(?:ai dit|disais|dis) que (?:je allais|ca allait) (?:bien|mieux)\b|\b(?:ca|elles|ils|les idees|les pensees|les envies) (?:revient|reviennent|sont revenue?s?|recommencen?t?)\b|\bde nouveau envie\b|\b(?:idees|pensees|envies)(?: \w+){0,2} (?:reviennent|revenaient|sont revenues|sont de retour|recommencent)\b|\b(?:ca|c) est revenu\b|\b(?:encore|toujours) envie\b/,
    hypothetical: /^(?:si jamais|meme si|au cas ou|reperer|evaluer|depister|prevenir|comment (?:reperer|evaluer|aborder|parler|repondre|accompagner))\b/,
  },
};
