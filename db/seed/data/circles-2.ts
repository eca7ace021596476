// Peer-support circle seed, part 2 of 2 (see circles.ts). Written for this project; fictional.
import type { SeedCircle } from "./circles-types";
import { RULES_EN, RULES_FR } from "./circles-rules";

export const CIRCLES_2: SeedCircle[] = [

  // ── 4. Invite only, English ────────────────────────────────────────────────
  {
    slug: "doctors-in-training-after-harm",
    name: "Doctors in training after harm",
    purpose:
      "An invitation-only circle for resident doctors and registrars who have been involved in a missed diagnosis, a complication or a complaint. A facilitator who is also a doctor keeps the circle, and invitations come through supervisors, peers or the facilitator.",
    kind: "invite",
    language: "en",
    timeZone: "America/Toronto",
    capacity: 15,
    firstPostsHeld: 1,
    rulesMarkdown: RULES_EN,
    threads: [
      {
        title: "I missed a diagnosis on a night shift",
        authorKey: "member",
        body:
          "I'm a medical registrar. On a night shift I reviewed a patient and thought their symptoms were from something minor. In the morning the day team found a serious condition I should have considered. The patient had a longer and harder recovery than they should have.\n\nThe consultant was decent about it, but I overheard someone else saying I \"should have known\". They're right. I should have.",
        replies: [
          {
            authorKey: "facilitator",
            body:
              "Thank you for bringing this here. Missed diagnoses on nights are, unfortunately, a shared experience for almost every doctor, and they are shaped by workload, handover, fatigue and the way illness unfolds — not only by what one person knew.\n\nThat overheard comment must have stung. It's fair to feel hurt by it.",
          },
          {
            authorKey: "member4",
            body:
              "I had something similar in my second year. What helped was going through the case with a senior who said, honestly, \"I might have missed it too at 3am with eleven other patients.\" It didn't excuse it — it put it in context.",
          },
          {
            authorKey: "member",
            body:
              "> It didn't excuse it — it put it in context\n\nThat's what I want. Not to be let off, just to understand it properly.",
            quoteOf: 1,
          },
          {
            authorKey: "peer",
            body:
              "Would you want to talk with the patient at some point? In my case the patient wanted to hear from me directly, and that conversation — with support — was hard and also healing.",
          },
        ],
      },
      {
        title: "Named in a complaint — how do you keep going while you wait?",
        authorKey: "member2",
        body:
          "I've been told a family has made a formal complaint that names me. I don't know the details yet and it might be months before anything happens. I'm still working full time.\n\nHow do people cope with the waiting?",
        replies: [
          {
            authorKey: "peer",
            body:
              "The waiting was the worst bit for me. A few things helped: speaking to my medical protection organisation early, telling one trusted senior so I wasn't alone with it, and deciding not to reread the letter every night.",
          },
          {
            authorKey: "facilitator",
            body:
              "It may also help to remember that a complaint is often a family trying to understand what happened. It can feel like an attack, and it's also frequently an invitation to a conversation. When the time comes, there may be options beyond a written response.",
          },
          {
            authorKey: "member2",
            body: "I'll call my protection organisation tomorrow. Thank you for making it feel less like a cliff edge.",
          },
        ],
      },
      {
        title: "Telling my supervisor I'm not coping",
        authorKey: "member3",
        body:
          "After a bad outcome a while ago, I've been more and more anxious at work. I'm scared that if I tell my supervisor, it'll go on my record or they'll think I'm unsafe. Has anyone told their supervisor? How did it go?",
        replies: [
          {
            authorKey: "member4",
            body:
              "I told mine. I was terrified. She was kind and practical — lighter on-call for a month and a referral to the doctors' health service. Nothing went on any record. I know not everyone is that lucky, but it's worth knowing it can go well.",
          },
          {
            authorKey: "facilitator",
            body:
              "If you're unsure how a supervisor will respond, you could start with a confidential service for doctors, and plan the conversation together. There are some listed on our Support page. You deserve support either way.",
          },
          {
            authorKey: "member3",
            body: "Thank you both. I'm going to ring the doctors' service first and then decide.",
            quoteOf: 1,
          },
        ],
      },
    ],
    gatherings: [
      { title: "Residents' evening circle", startsInDays: 11, startHour: 20, durationMinutes: 60, onlineUrl: "https://meet.example.org/doctors-in-training", capacity: 8 },
    ],
  },

  // ── 5. Open, French ────────────────────────────────────────────────────────
  {
    slug: "cercle-soignants-apres-un-incident",
    name: "Cercle des soignants après un incident",
    purpose:
      "Un cercle en français pour les infirmières, préposés, aides-soignants et pharmaciens qui ont vécu un incident ou une erreur dans les soins. On y partage ce qu'on vit, ce qui aide, et comment on reprend le travail.",
    kind: "open",
    language: "fr",
    timeZone: "America/Toronto",
    firstPostsHeld: 1,
    rulesMarkdown: RULES_FR,
    threads: [
      {
        title: "Une erreur de médicament et la honte qui ne part pas",
        authorKey: "member",
        body:
          "Je suis infirmière depuis plusieurs années. Il y a quelques semaines, j'ai administré un médicament au mauvais patient : deux chambres voisines, deux noms qui se ressemblaient, une fin de quart épuisante. Le patient a été surveillé et il va bien.\n\nMon équipe a été correcte, mais j'ai tellement honte. Je n'ose plus regarder ma cheffe dans les yeux. Est-ce que ça passe, ce sentiment ?",
        replies: [
          {
            authorKey: "facilitator",
            body:
              "Merci de votre confiance. La honte après une erreur est très fréquente chez les soignants, et elle dit souvent à quel point on tient à bien faire. Ce que vous décrivez — la fin de quart, les noms semblables — montre aussi que l'erreur a plusieurs causes, pas seulement vous.",
          },
          {
            authorKey: "peer",
            body:
              "Ça passe, oui, petit à petit. Pour moi, le déclic a été d'en parler franchement avec ma cheffe. Elle m'a dit qu'elle avait fait une erreur semblable au début de sa carrière. Je n'en revenais pas.",
          },
          {
            authorKey: "member3",
            body:
              "> deux noms qui se ressemblaient\n\nEst-ce que votre unité a changé quelque chose depuis ? Chez nous, après un incident semblable, on a ajouté une alerte « noms similaires ». Ça m'a aidée de savoir que mon erreur avait servi à quelque chose.",
            quoteOf: -1,
          },
          {
            authorKey: "member",
            body:
              "Merci à vous trois. Je vais proposer l'alerte « noms similaires » à la prochaine réunion d'équipe. Et peut-être parler à ma cheffe.",
          },
        ],
      },
      {
        title: "Préposée en CHSLD : une résidente est tombée pendant mon quart",
        authorKey: "member4",
        body:
          "Je suis préposée aux bénéficiaires. Une résidente est tombée pendant que j'aidais quelqu'un d'autre à l'autre bout du couloir. Elle s'est fracturé la hanche. La famille est très fâchée, et je les comprends.\n\nPersonne ne m'a demandé comment j'allais. J'ai juste rempli le rapport. Je pense à elle tout le temps.",
        replies: [
          {
            authorKey: "peer",
            body:
              "Je suis désolée. Être seule à l'autre bout du couloir, c'est une question d'effectifs, pas de négligence. Ce que vous vivez compte aussi.",
          },
          {
            authorKey: "facilitator",
            body:
              "Merci d'avoir écrit. Les préposés portent énormément et on les oublie trop souvent après un incident. Si un jour la famille souhaite une rencontre, vous pourriez y avoir une place, avec du soutien — seulement si vous le voulez.",
          },
          {
            authorKey: "member4",
            body: "Je n'avais jamais pensé que je pourrais être invitée. Ça me fait du bien de le lire.",
            quoteOf: 1,
          },
        ],
      },
      {
        title: "Retour au travail après un arrêt",
        authorKey: "member2",
        body:
          "Après un incident grave, j'ai été en arrêt pendant un moment. Je reprends bientôt. J'ai peur de croiser certaines personnes et de revenir dans la même unité. Des conseils pour les premiers jours ?",
        replies: [
          {
            authorKey: "member3",
            body:
              "Demander un retour progressif m'a beaucoup aidée, et avoir une collègue de confiance le premier jour. Et s'autoriser à prendre une vraie pause.",
          },
          {
            authorKey: "peer",
            body:
              "Préparer une phrase simple pour les collègues curieux, du genre « Merci, je reprends doucement », ça m'a évité bien du stress.",
          },
          {
            authorKey: "facilitator",
            body: "De très bons conseils. Vous êtes aussi la bienvenue au cercle de la semaine de votre retour, si ça vous dit.",
          },
        ],
      },
    ],
    gatherings: [
      { title: "Cercle mensuel en ligne", startsInDays: 8, startHour: 19, durationMinutes: 75, onlineUrl: "https://meet.example.org/cercle-soignants", capacity: 12 },
      { title: "Rencontre en personne (lieu communiqué aux membres)", startsInDays: 25, startHour: 13, durationMinutes: 90, place: "Salle calme — adresse transmise en privé aux membres", capacity: 10 },
    ],
  },

  // ── 6. Invite only, French ─────────────────────────────────────────────────
  {
    slug: "cercle-perinatalite-sages-femmes",
    name: "Cercle périnatalité — sages-femmes et équipes de naissance",
    purpose:
      "Un cercle sur invitation pour les sages-femmes, auxiliaires de puériculture, infirmières et internes touchés par un accouchement difficile ou un décès périnatal. Le cercle reste petit pour que chacun puisse parler en confiance.",
    kind: "invite",
    language: "fr",
    timeZone: "Europe/Paris",
    capacity: 15,
    firstPostsHeld: 2,
    rulesMarkdown: RULES_FR,
    threads: [
      {
        title: "Le bébé n'a pas survécu et je n'arrive pas à y retourner",
        contentWarning: "Évoque le décès d'un bébé",
        authorKey: "member",
        body:
          "Je suis sage-femme. Lors d'une garde, un accouchement s'est compliqué très vite. Nous avons tout fait, mais le bébé est décédé. Depuis, je n'arrive plus à entrer en salle de naissance sans que mon cœur s'emballe.\n\nLa revue de morbi-mortalité aura lieu bientôt. J'ai peur d'être désignée comme responsable. Et surtout, je pense aux parents chaque jour.",
        replies: [
          {
            authorKey: "facilitator",
            body:
              "Je suis profondément désolée. Merci d'avoir trouvé la force d'écrire. Le deuil d'une sage-femme après la mort d'un bébé est un vrai deuil, et il peut coexister avec la peur de la revue. Si vous le souhaitez, nous pouvons préparer ensemble cette revue avant qu'elle ait lieu.",
          },
          {
            authorKey: "peer",
            body:
              "J'ai vécu quelque chose de très proche. Pendant des semaines, mon cœur s'emballait à la porte de la salle. Ce qui m'a aidée : y retourner d'abord sans patiente, avec une collègue, juste pour être là. Puis un accouchement simple, accompagnée.",
          },
          {
            authorKey: "member2",
            body:
              "> je pense aux parents chaque jour\n\nMoi aussi, pour « mes » parents. J'ai demandé si je pouvais leur écrire, et l'équipe m'a accompagnée. Ils m'ont répondu, des mois plus tard. Je vous envoie beaucoup de douceur.",
            quoteOf: -1,
          },
          {
            authorKey: "member",
            body: "Merci. J'aimerais préparer la revue avec vous, oui. Et l'idée d'y retourner sans patiente me paraît possible.",
          },
          {
            authorKey: "facilitator",
            body: "Je vous écris en privé pour convenir d'un moment.",
            quoteOf: 3,
          },
        ],
      },
      {
        title: "Interne : je n'ai pas osé appeler le sénior",
        authorKey: "member3",
        body:
          "Je suis interne. Pendant une nuit, j'ai hésité à appeler le sénior pour une patiente dont la tension montait, parce qu'il avait dit de ne l'appeler « qu'en cas de vraie urgence ». J'ai appelé trop tard. Elle va bien aujourd'hui, mais elle a eu des complications.\n\nJe m'en veux, et je lui en veux aussi. Est-ce normal d'avoir les deux ?",
        replies: [
          {
            authorKey: "peer",
            body:
              "Tout à fait normal. Vous portez votre part, et vous voyez aussi que la façon dont l'équipe fonctionne a joué. Les deux peuvent être vrais en même temps.",
          },
          {
            authorKey: "facilitator",
            body:
              "Ce que vous décrivez est une leçon importante pour toute l'équipe, pas seulement pour vous : qu'il soit facile d'appeler à l'aide la nuit. Si vous le souhaitez, une conversation réparatrice avec le sénior peut être organisée, avec un tiers.",
          },
          {
            authorKey: "member3",
            body: "J'y réfléchis. Ça me fait peur, mais je crois que j'aimerais qu'il comprenne.",
          },
        ],
      },
      {
        title: "Ce qui nous aide à tenir",
        authorKey: "member4",
        body:
          "Je propose un fil plus léger : qu'est-ce qui vous aide à tenir après une garde difficile ? Pour moi, marcher vingt minutes avant de rentrer, et un message à une collègue qui sait.",
        replies: [
          {
            authorKey: "member2",
            body: "Écrire trois lignes dans un carnet, puis le fermer. Ça laisse la garde à l'hôpital.",
          },
          {
            authorKey: "member",
            body: "Ce cercle, honnêtement. Merci d'exister.",
            quoteOf: -1,
          },
        ],
      },
    ],
    gatherings: [
      { title: "Cercle du soir", startsInDays: 12, startHour: 20, durationMinutes: 75, onlineUrl: "https://meet.example.org/cercle-perinatalite", capacity: 8 },
    ],
  },
];
