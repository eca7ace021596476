// Ground rules used by the seeded circles (confidentiality, respect, no identifying details).

export const RULES_EN = `**Our ground rules**

1. **What is said here stays here.** Please don't share anything from this circle outside it — not in conversation, not in screenshots.
2. **No identifying details.** Never name or describe patients, families, colleagues, workplaces or places, and leave out dates. Change or blur details if you need to. If a post could identify someone, a facilitator will gently ask you to edit it.
3. **Respect.** Listen to understand. We don't judge, diagnose, or tell each other what we should have done.
4. **Speak from your own experience.** "I" rather than "you". Advice only when someone asks for it.
5. **You can pass.** Reading without posting is welcome. So is taking a break.
6. **Look after yourself.** This circle is peer support, not therapy or an emergency service. If you are in crisis, please use the support lines on the Support page or call your local emergency number.

Thank you for being here. It takes courage.`;

export const RULES_FR = `**Nos règles de base**

1. **Ce qui se dit ici reste ici.** Merci de ne rien partager de ce cercle à l'extérieur — ni en conversation, ni en capture d'écran.
2. **Aucun détail permettant d'identifier quelqu'un.** Ne nommez et ne décrivez jamais un patient, une famille, un collègue, un établissement ou un lieu, et n'indiquez pas de dates. Modifiez ou estompez les détails au besoin. Si un message permet d'identifier une personne, une animatrice vous demandera doucement de le modifier.
3. **Respect.** On écoute pour comprendre. On ne juge pas, on ne diagnostique pas, on ne dit pas aux autres ce qu'ils auraient dû faire.
4. **Parlez de votre propre expérience.** Le « je » plutôt que le « tu ». Des conseils seulement si on en demande.
5. **Vous pouvez passer votre tour.** Lire sans écrire, c'est bienvenu. Faire une pause aussi.
6. **Prenez soin de vous.** Ce cercle est un soutien entre pairs, pas une thérapie ni un service d'urgence. En cas de crise, utilisez les lignes d'écoute de la page Soutien ou appelez les services d'urgence.

Merci d'être là. Il faut du courage.`;
