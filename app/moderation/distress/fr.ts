import type { DistressPhraseList } from "./types";

// Formulations courantes, relues avec des pairs aidants. Mieux vaut offrir du soutien à tort que manquer
// quelqu'un qui en a besoin.
export const FRENCH_DISTRESS: DistressPhraseList = {
  language: "fr",
  negationWindow: 3,
  negators: ["ne", "n", "pas", "jamais", "aucunement"],
  phrases: [
    { pattern: "je veux mourir" },
    { pattern: "j'ai envie de mourir" },
    { pattern: "envie de mourir" },
    { pattern: "voudrais mourir" },
    { pattern: "envie d'en finir" },
    { pattern: "veux en finir" },
    { pattern: "vais en finir" },
    { pattern: "en finir avec la vie" },
    { pattern: "en finir une bonne fois" },
    { pattern: "me suicider" },
    { pattern: "me tuer" },
    { pattern: "suicidaire" },
    { pattern: "mettre fin a mes jours" },
    { pattern: "mettre fin a ma vie" },
    { pattern: "plus envie de vivre", negatable: false },
    { pattern: "plus la force de vivre", negatable: false },
    { pattern: "aucune raison de vivre", negatable: false },
    { pattern: "plus de raison de vivre", negatable: false },
    { pattern: "mieux sans moi" },
    { pattern: "me faire du mal" },
    { pattern: "me blesser" },
    { pattern: "me scarifier" },
    { pattern: "disparaitre pour toujours" },
    { pattern: "ne plus me reveiller", negatable: false },
  ],
};
