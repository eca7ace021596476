// Peer-support circle seed, part 1 of 2 (see circles.ts). Written for this project; fictional.
import type { SeedCircle } from "./circles-types";
import { RULES_EN } from "./circles-rules";

export const CIRCLES_1: SeedCircle[] = [
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
];
