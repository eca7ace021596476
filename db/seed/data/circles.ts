// Peer-support circles seed. All circles, threads and replies are fictional and written for
// this project. They never name patients, colleagues, workplaces, places or dates.
// authorKey refers to demo accounts created elsewhere.

export type CircleKind = "open" | "request" | "invite";
export type AuthorKey = "member" | "peer" | "facilitator" | "member2" | "member3" | "member4";

export type SeedReply = {
  authorKey: AuthorKey;
  /** Markdown. */
  body: string;
  /** Index of an earlier reply in the same thread, or -1 for the thread opener. */
  quoteOf?: number;
};

export type SeedThread = {
  title: string;
  contentWarning?: string;
  authorKey: AuthorKey;
  /** Markdown. */
  body: string;
  replies: SeedReply[];
};

export type SeedGathering = {
  title: string;
  startsInDays: number;
  /** Local hour (0–23) in the circle's time zone. */
  startHour: number;
  durationMinutes: number;
  onlineUrl?: string;
  place?: string;
  capacity?: number;
};

export type SeedCircle = {
  slug: string;
  name: string;
  /** 2–3 sentences. */
  purpose: string;
  kind: CircleKind;
  language: "en" | "fr";
  /** IANA time zone. */
  timeZone: string;
  capacity?: number;
  firstPostsHeld: number;
  /** Ground rules, in the circle's language. */
  rulesMarkdown: string;
  threads: SeedThread[];
  gatherings: SeedGathering[];
};

const RULES_EN = `**Our ground rules**

1. **What is said here stays here.** Please don't share anything from this circle outside it — not in conversation, not in screenshots.
2. **No identifying details.** Never name or describe patients, families, colleagues, workplaces or places, and leave out dates. Change or blur details if you need to. If a post could identify someone, a facilitator will gently ask you to edit it.
3. **Respect.** Listen to understand. We don't judge, diagnose, or tell each other what we should have done.
4. **Speak from your own experience.** "I" rather than "you". Advice only when someone asks for it.
5. **You can pass.** Reading without posting is welcome. So is taking a break.
6. **Look after yourself.** This circle is peer support, not therapy or an emergency service. If you are in crisis, please use the support lines on the Support page or call your local emergency number.

Thank you for being here. It takes courage.`;

const RULES_FR = `**Nos règles de base**

1. **Ce qui se dit ici reste ici.** Merci de ne rien partager de ce cercle à l'extérieur — ni en conversation, ni en capture d'écran.
2. **Aucun détail permettant d'identifier quelqu'un.** Ne nommez et ne décrivez jamais un patient, une famille, un collègue, un établissement ou un lieu, et n'indiquez pas de dates. Modifiez ou estompez les détails au besoin. Si un message permet d'identifier une personne, une animatrice vous demandera doucement de le modifier.
3. **Respect.** On écoute pour comprendre. On ne juge pas, on ne diagnostique pas, on ne dit pas aux autres ce qu'ils auraient dû faire.
4. **Parlez de votre propre expérience.** Le « je » plutôt que le « tu ». Des conseils seulement si on en demande.
5. **Vous pouvez passer votre tour.** Lire sans écrire, c'est bienvenu. Faire une pause aussi.
6. **Prenez soin de vous.** Ce cercle est un soutien entre pairs, pas une thérapie ni un service d'urgence. En cas de crise, utilisez les lignes d'écoute de la page Soutien ou appelez les services d'urgence.

Merci d'être là. Il faut du courage.`;

export const CIRCLES: SeedCircle[] = [
  // ── 1. Open, English ───────────────────────────────────────────────────────
  {
    slug: "after-a-medication-error",
    name: "After a medication error",
    purpose:
      "A circle for nurses, pharmacists, carers and anyone else who has been involved in a medication error. We share what it has been like, what has helped, and how we have found our way back to work.",
    kind: "open",
    language: "en",
    timeZone: "Pacific/Auckland",
    firstPostsHeld: 1,
    rulesMarkdown: RULES_EN,
    threads: [
      {
        title: "I gave the wrong dose and I can't stop replaying it",
        authorKey: "member",
        body:
          "I'm a ward nurse. A few weeks ago I gave a patient ten times the dose that was prescribed. I read the chart, I read the label, and somehow I still drew up the wrong amount. The patient needed extra monitoring and is okay now, thank goodness.\n\nEveryone has been kind, mostly. But I can't stop running the moment over and over — at night, in the shower, when I'm driving. I keep asking myself what kind of nurse does that. I haven't told anyone outside work.\n\nI don't really know what I'm asking. I suppose whether this feeling goes away.",
        replies: [
          {
            authorKey: "peer",
            body:
              "Thank you for writing this. I recognise so much of it. For me it was an insulin error, years ago now. The replaying was the worst part — it felt like my brain was trying to go back and fix it.\n\nIt did ease. Not quickly, and not in a straight line, but it did. What helped me most was saying it out loud to someone who didn't flinch.",
            quoteOf: -1,
          },
          {
            authorKey: "facilitator",
            body:
              "Welcome, and thank you for trusting the circle with this. What you're describing — the replaying, the questions about who you are as a nurse — is a very common response after being involved in harm. It doesn't mean you are a bad nurse. Often it's a sign of how much you care.\n\nIf the sleeplessness carries on, it may help to talk with your GP or an employee assistance counsellor too. You don't have to choose between this circle and other support.",
          },
          {
            authorKey: "member3",
            body:
              "> what kind of nurse does that\n\nA tired, human one, working in a system that lets one slip become harm. I'm a pharmacist and I see how many steps have to line up for an error to reach a patient. It's almost never just one person.",
            quoteOf: -1,
          },
          {
            authorKey: "member",
            body:
              "I've read these replies about five times. Thank you. I think I needed someone to say it wasn't only me. I'm going to try telling my partner this weekend.",
          },
        ],
      },
      {
        title: "Pharmacists: how do you go back to the dispensary bench?",
        authorKey: "member3",
        body:
          "I'm a community pharmacist. I dispensed the wrong strength of a medicine and it was weeks before anyone noticed. The person was unwell for a while because of it. They've been gracious, which somehow makes it harder.\n\nI'm back at work, but I check everything four or five times now. I'm slow, I'm anxious, and I've started dreading the phone ringing in case it's another complaint. Has anyone else been through this? How did you get your confidence back?",
        replies: [
          {
            authorKey: "member2",
            body:
              "Not a pharmacist — I'm a nurse — but the checking-everything-five-times thing was me too. My educator helped me agree with myself on a *reasonable* check, written down, and to trust it. It felt silly, but it helped me stop spiralling.",
          },
          {
            authorKey: "peer",
            body:
              "The dread of the phone — yes. I think that's your body still on high alert. It settled for me once I'd had a proper conversation with the person I'd harmed, with a facilitator present. Hearing how they were actually doing made the imagined version smaller.",
          },
          {
            authorKey: "facilitator",
            body:
              "There's a lot of wisdom in both replies. If a conversation with the person affected is something you'd ever want, it can be set up carefully, at a pace that works for both of you. There's no pressure — it's just one option. You can also message me privately if you'd like to talk it through first.",
            quoteOf: 1,
          },
        ],
      },
      {
        title: "Carers in aged care — we get forgotten",
        authorKey: "member4",
        body:
          "I'm a carer in a rest home. One of our residents was given another resident's tablets on my round. The nurse and manager dealt with it, the family was told, and the resident was fine in the end.\n\nBut no one asked me how I was. I was just moved to a different wing the next day. I felt like a criminal. I still go to work every day and I love the residents, but I feel ashamed walking past that room.",
        replies: [
          {
            authorKey: "facilitator",
            body:
              "Thank you for saying this. Carers hold so much of the daily work and are too often left out of the conversation after something goes wrong. Your feelings matter here, and you are very welcome in this circle.",
          },
          {
            authorKey: "member",
            body:
              "Being moved without anyone explaining why would have hurt me too. It sounds like you weren't given the chance to be part of putting things right. That's not a reflection on you.",
            quoteOf: -1,
          },
          {
            authorKey: "member4",
            body:
              "I hadn't thought of it like that — that I wanted to help put it right. I think I did. Maybe I'll ask my manager if I can be part of looking at how the round works.",
          },
          {
            authorKey: "peer",
            body: "That sounds like a really good idea. You know that round better than anyone.",
            quoteOf: 2,
          },
        ],
      },
    ],
    gatherings: [
      { title: "Monthly online circle", startsInDays: 6, startHour: 19, durationMinutes: 75, onlineUrl: "https://meet.example.org/after-a-medication-error", capacity: 12 },
      { title: "Quiet drop-in (camera optional)", startsInDays: 20, startHour: 12, durationMinutes: 45, onlineUrl: "https://meet.example.org/after-a-medication-error-dropin" },
    ],
  },

  // ── 2. Request to join, English ────────────────────────────────────────────
  {
    slug: "midwives-after-a-difficult-birth",
    name: "Midwives after a difficult birth",
    purpose:
      "A circle for midwives, student midwives and maternity nurses living with the aftermath of a difficult birth or a loss. Members join on request so we can keep the circle small and safe.",
    kind: "request",
    language: "en",
    timeZone: "Europe/London",
    capacity: 20,
    firstPostsHeld: 2,
    rulesMarkdown: RULES_EN,
    threads: [
      {
        title: "The baby didn't survive and I was the midwife",
        contentWarning: "Mentions the death of a baby",
        authorKey: "member2",
        body:
          "I've been a midwife for a long time. Recently I cared for a woman in labour where things changed very quickly, and despite everything we did, her baby died.\n\nThe review hasn't finished. I've been told I'm not in trouble, but I don't believe it. I keep thinking about the mother's face. I haven't been back on the labour ward since. I'm on the antenatal clinic for now and I feel like a fraud there too.\n\nI'm not sure I can keep doing this work.",
        replies: [
          {
            authorKey: "facilitator",
            body:
              "I'm so sorry. Thank you for bringing this here. Grief after the death of a baby in your care is real grief, and it can sit alongside fear about the review and doubt about your future. You don't need to decide anything about your career right now.\n\nWould a one-to-one call before our next gathering help? No obligation at all.",
          },
          {
            authorKey: "peer",
            body:
              "I lost a baby in my care too. I also moved to clinic afterwards and also felt like a fraud. I want to tell you that I did go back to the labour ward, slowly, with a buddy for the first few shifts. I'm still a midwife. You might be too, in time — or you might choose something else, and that would be okay.",
          },
          {
            authorKey: "member3",
            body:
              "> I keep thinking about the mother's face\n\nMe too, with mine. I wrote her a letter that I never sent, and it helped a little. Sending you care.",
            quoteOf: -1,
          },
          {
            authorKey: "member2",
            body:
              "Thank you, all of you. I'd like the call, please. And I think I needed to hear from someone who went back.",
          },
          {
            authorKey: "facilitator",
            body: "I'll message you privately to find a time. Go gently this week.",
            quoteOf: 3,
          },
        ],
      },
      {
        title: "Student midwife — is it normal to feel this responsible?",
        authorKey: "member4",
        body:
          "I'm a third-year student. At a birth on placement, I noticed something on the monitor and didn't say it loudly enough. My mentor saw it a bit later. The baby needed a short stay in the neonatal unit and is doing well.\n\nEveryone says it wasn't my responsibility as a student. But I *saw* it. I can't shake the feeling that I let that family down.",
        replies: [
          {
            authorKey: "peer",
            body:
              "It's so normal, and it says something good about the midwife you're becoming. It might also be worth gently noticing what made it hard to speak up — because that's something the whole team can learn from, not just you.",
          },
          {
            authorKey: "member2",
            body:
              "Speaking up as a student is genuinely hard. I still find it hard sometimes after many years. Could you talk to your mentor about it? Good mentors want to know.",
          },
          {
            authorKey: "member4",
            body:
              "I talked to my mentor. She said she wished she'd made it easier for me to speak. We're going to practise it together. I feel lighter.",
          },
        ],
      },
      {
        title: "Small things that helped on the first shift back",
        authorKey: "peer",
        body:
          "I thought it might help to gather some practical things. For me:\n\n- A colleague I trusted on the same shift, who knew it was my first one back\n- Not being allocated the same room\n- A proper break, actually taken\n- A message from my manager at the end of the shift asking how it went\n\nWhat helped you?",
        replies: [
          {
            authorKey: "member3",
            body: "Being allowed to say \"not today\" to certain cases for a little while, without having to explain.",
          },
          {
            authorKey: "member2",
            body: "I'm not back yet, but I'm saving this list to share with my manager. Thank you.",
            quoteOf: -1,
          },
          {
            authorKey: "facilitator",
            body:
              "These are wonderful. Thank you. I'll pin this thread so new members can find it.",
          },
        ],
      },
    ],
    gatherings: [
      { title: "Evening circle", startsInDays: 9, startHour: 19, durationMinutes: 90, onlineUrl: "https://meet.example.org/midwives-circle", capacity: 10 },
      { title: "In-person circle (details sent to members)", startsInDays: 30, startHour: 14, durationMinutes: 120, place: "Quiet meeting room — address shared with members privately", capacity: 8 },
    ],
  },

  // ── 3. Open, English ───────────────────────────────────────────────────────
  {
    slug: "after-a-bad-job",
    name: "After a bad job — paramedics and emergency staff",
    purpose:
      "A circle for paramedics, emergency nurses and doctors, and others on the front line after a call or shift that went wrong or stayed with them. Plain talk welcome; no one has to be okay here.",
    kind: "open",
    language: "en",
    timeZone: "Australia/Sydney",
    firstPostsHeld: 0,
    rulesMarkdown: RULES_EN,
    threads: [
      {
        title: "We were too late and I keep asking if I drove too slow",
        authorKey: "member",
        body:
          "Paramedic here. We had a job where we arrived and the patient died soon after. The review says our response time was within the normal range and nothing we did changed the outcome.\n\nBut I was driving. I keep wondering about the turns I took, whether I should have pushed harder. My partner on the job says he's fine. I'm not sleeping.",
        replies: [
          {
            authorKey: "peer",
            body:
              "Mate, I've been that driver. The \"what if I'd gone faster\" loop is brutal. The review said what it said for a reason, but I know facts don't always reach the part of you that's hurting. Talking to my crewmate about it properly — not just in the truck — helped me.",
          },
          {
            authorKey: "member3",
            body:
              "> My partner on the job says he's fine\n\nSometimes \"fine\" is what we say in the truck. Might be worth asking him again, somewhere quieter. He might be glad you did.",
            quoteOf: -1,
          },
          {
            authorKey: "facilitator",
            body:
              "Thank you for posting. Poor sleep after a job like this is common, and if it carries on for more than a couple of weeks please reach out to your service's support line or your GP — it's not weakness, it's maintenance. You're also welcome at this week's online circle, cameras optional.",
          },
        ],
      },
      {
        title: "Triage nurse — I sent someone to the waiting room who got sicker",
        authorKey: "member2",
        body:
          "ED triage. Busy night, a patient whose symptoms seemed moderate, so I gave them a triage category that meant waiting. They deteriorated in the waiting room and were rushed through. They're in ICU now.\n\nI've done triage for years. I don't know if I trust my own judgement any more.",
        replies: [
          {
            authorKey: "member4",
            body:
              "I'm a doctor in ED and I want to say: triage on a busy night is one of the hardest jobs in the building. Presentations change. The system relies on you making the best call with what's in front of you, and then on the department having eyes on the waiting room. That second part isn't only on you.",
          },
          {
            authorKey: "peer",
            body:
              "Losing trust in your judgement after something like this is really common. For me it came back by doing the work alongside someone I trusted for a few shifts and talking through my calls out loud. Maybe ask for that?",
          },
          {
            authorKey: "member2",
            body:
              "Thank you. I've asked my educator if I can co-triage for a few shifts. I hadn't thought to ask for that.",
          },
          {
            authorKey: "facilitator",
            body: "That's a brave and practical step. Let us know how it goes, if you'd like to.",
            quoteOf: 2,
          },
        ],
      },
      {
        title: "Does anyone else laugh about it and then feel awful?",
        authorKey: "member3",
        body:
          "Bit of a strange one. After a hard job, our crew made jokes — the usual dark humour. Later I felt sick about it, like we were disrespecting the patient. Is that normal?",
        replies: [
          {
            authorKey: "peer",
            body:
              "Very normal. Dark humour is often how we get through a shift. Feeling uneasy afterwards usually means your values are intact. It doesn't have to be either/or.",
          },
          {
            authorKey: "member",
            body: "Glad you asked this. I thought it was just me.",
          },
        ],
      },
    ],
    gatherings: [
      { title: "Online circle after evening shift", startsInDays: 3, startHour: 21, durationMinutes: 60, onlineUrl: "https://meet.example.org/after-a-bad-job", capacity: 15 },
      { title: "Online circle (daytime, for night-shift folk)", startsInDays: 17, startHour: 10, durationMinutes: 60, onlineUrl: "https://meet.example.org/after-a-bad-job-day" },
    ],
  },

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
