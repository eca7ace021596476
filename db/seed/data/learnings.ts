// Published case learnings seed. These are FICTIONAL composites written for this project and
// already de-identified: no names, places, dates (other than year) or identifying numbers.
// Each is organised around the restorative questions: who was affected, what are their
// impacts and needs, who is responsible for meeting them, and what would it look like to be
// free of this harm.

import type { CareSetting, EventType } from "../../../app/taxonomy/index";

export type LearningSections = {
  /** Markdown, 60–150 words each. */
  whatHappened: string;
  whoAffected: string;
  impactsAndNeeds: string;
  responsibilities: string;
  whatChanged: string;
  freeOfHarm: string;
  patientPerspective?: string;
};

export type SeedLearning = {
  slug: string;
  title: string;
  setting: CareSetting;
  eventType: EventType;
  /** ISO 3166-1 alpha-2. */
  country: string;
  year: number;
  /** ISO 639-1; the language the learning is written in. */
  language: "en" | "fr";
  tags: string[];
  visibility: "public" | "members";
  sections: LearningSections;
};

export const LEARNINGS: SeedLearning[] = [
  // ── Aotearoa New Zealand ───────────────────────────────────────────────────
  {
    slug: "whanau-not-heard-during-labour",
    title: "When whānau were not heard during labour: a hohou te rongo response",
    setting: "maternity",
    eventType: "communication",
    country: "NZ",
    year: 2022,
    language: "en",
    tags: ["hohou te rongo", "whānau", "listening", "birth trauma", "cultural safety"],
    visibility: "public",
    sections: {
      whatHappened:
        "A Māori woman in labour and her whānau raised concerns several times that something did not feel right. The concerns were acknowledged but not acted on until the baby's heart rate dropped, and an emergency caesarean followed. The baby needed a period of neonatal intensive care and has since gone home well. The mother has ongoing physical and emotional effects. The service's review found delays in escalation and a pattern of whānau concerns being treated as anxiety rather than information.",
      whoAffected:
        "The mother, her partner, and the wider whānau who had been present and felt dismissed. The midwife and obstetric registrar on duty, who each felt they had failed the family. Other staff on the shift who had noticed the tension but not spoken. The service as a whole, whose relationship with the local Māori community was already fragile. The neonatal team, who cared for the baby without knowing the full story, were also affected when they later learned what the whānau had been through.",
      impactsAndNeeds:
        "The mother described feeling invisible and unsafe, and said she did not want to give birth in that service again. The whānau needed their mana restored: to be believed, and for the service to understand that ignoring them had been a harm in itself. The midwife was not sleeping and was considering leaving the profession; she needed to be able to say sorry in person. The registrar needed to understand how the escalation pathway had failed and whether he could have acted differently.",
      responsibilities:
        "The service accepted responsibility for the escalation pathway and for a culture that did not treat whānau knowledge as clinical information. The midwife and registrar took responsibility for their part and wished to say so directly. Kaumātua connected to the whānau took responsibility for guiding the process according to tikanga, and the service funded an independent Māori facilitator and a clinical co-facilitator.",
      whatChanged:
        "After careful preparation, a hui was held following the principles of hohou te rongo, opened and closed with karakia. The whānau spoke first, without interruption. The midwife and registrar apologised in their own words; the service's leaders listened and committed to specific actions. The escalation policy was rewritten with whānau input so that a family's concern is itself a trigger to review. Staff now complete cultural safety training co-led by local iwi, and a kaiāwhina role was created on the birthing unit.",
      freeOfHarm:
        "Being free of this harm would mean that whānau walking into the birthing unit are treated as partners whose knowledge matters, and that no family leaves feeling unheard. For staff, it would mean escalating early is expected and supported, never seen as overreacting. The whānau said it would also mean that the next Māori mother is met at the door by someone who looks like her.",
      patientPerspective:
        "\"We didn't want anyone to lose their job. We wanted them to know what it was like for us, and to be sure it wouldn't happen to our nieces and cousins. When the midwife cried with us, I knew she understood. The karakia at the start made it feel like our space, not theirs. I still think about that night, but I don't carry it the same way now. I'd tell other whānau: keep speaking up.\"",
    },
  },

  // ── Australia ──────────────────────────────────────────────────────────────
  {
    slug: "community-pharmacy-wrong-strength",
    title: "A wrong-strength dispensing error in community pharmacy",
    setting: "pharmacy",
    eventType: "medication",
    country: "AU",
    year: 2021,
    language: "en",
    tags: ["dispensing", "community pharmacy", "apology", "restorative conversation", "look-alike packaging"],
    visibility: "public",
    sections: {
      whatHappened:
        "An older man collected a repeat prescription for a heart medicine from his regular community pharmacy. He was given a higher strength than prescribed; the two strengths came in almost identical packaging stored side by side. Over the following weeks he became dizzy and had a fall at home, and the error was found when his GP reviewed his medicines. He recovered, but lost confidence leaving the house for some time.",
      whoAffected:
        "The patient and his wife, who cared for him and felt she should have noticed. The pharmacist who dispensed the medicine, and the pharmacy assistant who had shelved the stock. The pharmacy owner. The GP, who had a long relationship with the family and felt caught in the middle. Other pharmacy staff were affected too: several said afterwards that they had noticed the similar packaging but had not thought it their place to raise it.",
      impactsAndNeeds:
        "The patient needed to understand how it had happened and to trust his medicines again. His wife needed to hear that she was not to blame. The pharmacist felt deep shame, was checking every script many times and dreading seeing the couple; she needed to apologise properly rather than through a form letter. The assistant needed to know whether she was in trouble. The owner needed to know what to change.",
      responsibilities:
        "The pharmacy owner accepted responsibility for storage and checking systems. The pharmacist took responsibility for her check, while understanding the conditions it happened in. The owner arranged for a trained facilitator from outside the pharmacy to prepare everyone separately and hold a restorative conversation, which the couple chose to attend at their GP's practice, where they felt comfortable. The GP took responsibility for supporting the couple to take part only if and when they wished.",
      whatChanged:
        "In the conversation, the couple described the fall and the weeks of worry. The pharmacist apologised and explained what she now understood about the error; the owner described the changes made. Look-alike strengths are now stored apart with shelf alerts, scanning at the final check was introduced, and the pharmacy shared its learning through a local pharmacy network. The pharmacist and assistant were offered counselling and kept in their roles.",
      freeOfHarm:
        "For the couple, freedom from this harm meant being able to collect medicines without fear, and knowing the pharmacist as a person again. For the pharmacy team, it meant a workplace where near misses are talked about openly, so that the next look-alike error is caught on the shelf and not in someone's home. It would also mean that suppliers hear about look-alike packaging, so the risk is reduced at its source.",
      patientPerspective:
        "\"I was ready to go somewhere else. But she came and sat with us and said sorry, and I could see she meant it. Now she checks in on me when I come in. I'd rather go to someone who's learned something than someone who says they've never made a mistake. My wife stopped blaming herself after that meeting, and that mattered to me more than anything.\"",
    },
  },

  // ── Canada (French) ────────────────────────────────────────────────────────
  {
    slug: "chute-en-soins-de-longue-duree",
    title: "Une chute en soins de longue durée : inclure la préposée dans la réparation",
    setting: "aged_care",
    eventType: "fall",
    country: "CA",
    year: 2023,
    language: "fr",
    tags: ["chute", "préposés aux bénéficiaires", "effectifs", "famille", "rencontre réparatrice"],
    visibility: "public",
    sections: {
      whatHappened:
        "Une résidente âgée, à risque de chute, a tenté de se lever seule la nuit alors que la seule préposée de l'unité aidait une autre personne à l'autre bout du couloir. Elle est tombée et s'est fracturé la hanche. L'alarme de lit n'était pas activée, car l'appareil était en panne depuis plusieurs jours et le bris avait été signalé sans suite. La résidente a été opérée et vit aujourd'hui avec une mobilité réduite.",
      whoAffected:
        "La résidente et sa fille, très présente, qui avait à plusieurs reprises demandé plus de surveillance la nuit. La préposée de garde, qui s'est sentie accusée et a été changée d'unité sans explication. L'infirmière de nuit responsable de plusieurs unités. La gestionnaire de l'établissement, et les autres préposés, inquiets de subir le même sort. Le personnel de jour, qui a découvert la situation au matin, a aussi été touché.",
      impactsAndNeeds:
        "La résidente avait besoin de retrouver confiance et de ne pas se sentir un fardeau. Sa fille avait besoin qu'on reconnaisse que ses demandes n'avaient pas été entendues, et de savoir ce qui changerait la nuit. La préposée vivait de la honte et de la colère ; elle avait besoin d'être écoutée et de comprendre pourquoi on l'avait déplacée. L'équipe avait besoin que les questions d'effectifs et d'équipement soient prises au sérieux.",
      responsibilities:
        "La direction a reconnu sa responsabilité pour les effectifs de nuit et pour l'équipement non réparé. La gestionnaire a reconnu que le déplacement de la préposée avait été vécu comme une sanction et s'en est excusée. Une animatrice externe a préparé séparément chaque personne, puis organisé une rencontre réparatrice à laquelle la préposée a choisi de participer. La fille de la résidente a accepté d'y participer, accompagnée d'une amie.",
      whatChanged:
        "Lors de la rencontre, la fille de la résidente a pu dire sa peur et sa colère ; la préposée a raconté sa nuit, seule avec trop de résidents. Les deux ont été émues de découvrir qu'elles avaient les mêmes inquiétudes. L'établissement a ajouté une personne la nuit, instauré un suivi quotidien des équipements défectueux et invité les préposés aux comités de sécurité. La préposée a retrouvé son unité à sa demande.",
      freeOfHarm:
        "Être libéré de ce tort, ce serait que les familles soient écoutées quand elles signalent un risque, que l'équipement fonctionne, et que personne ne travaille seul avec trop de résidents. Pour les préposés, ce serait d'être inclus dans l'analyse et la réparation plutôt que d'en être écartés. Ce serait aussi que les signalements d'équipement en panne reçoivent une réponse rapide, et que la résidente puisse de nouveau se sentir en sécurité dans sa chambre.",
      patientPerspective:
        "« Je croyais que c'était de sa faute à elle. Quand je l'ai entendue raconter sa nuit, j'ai compris qu'on l'avait laissée seule, comme on m'avait laissée seule avec mes inquiétudes. Maintenant, elle salue ma mère chaque matin. Ma mère ne marche plus comme avant, mais elle rit de nouveau. Ce qui a changé, c'est qu'on se parle, nous, les familles et les préposés. Je n'aurais jamais cru qu'une rencontre puisse faire ça. »",
    },
  },

  // ── United Kingdom ─────────────────────────────────────────────────────────
  {
    slug: "discharge-from-mental-health-unit",
    title: "Serious self-harm after discharge from a mental health unit",
    setting: "mental_health",
    eventType: "care_coordination",
    country: "GB",
    year: 2022,
    language: "en",
    tags: ["discharge planning", "family involvement", "restorative just culture", "community follow-up", "self-harm"],
    visibility: "members",
    sections: {
      whatHappened:
        "A young adult was discharged from an inpatient mental health unit after a short admission. The family had asked to be involved in discharge planning but were told about the discharge by phone on the day. The planned follow-up from the community team did not take place within the expected time because the referral was sent to an inbox no longer in use. Within days, the young person seriously harmed themselves and was admitted to a general hospital. They survived.",
      whoAffected:
        "The young person and their parents and sibling. The ward nurse who completed the discharge, and the consultant who approved it. The community team, who learned afterwards that a referral had been missed. Staff on the ward, several of whom had known the young person well. Under the organisation's former approach, the ward nurse would likely have faced a disciplinary investigation.",
      impactsAndNeeds:
        "The young person needed to feel that their own view of the admission and discharge mattered. The parents needed an honest account of what had gone wrong and to be treated as partners in care. The ward nurse was frightened of being blamed and needed to be heard. The community team needed to understand how the referral had been lost. The organisation needed to learn without scapegoating.",
      responsibilities:
        "Using a restorative just culture approach, the organisation asked who had been hurt, what they needed, and whose obligation it was to meet those needs — rather than who was to blame. The organisation accepted responsibility for the referral process and for not involving the family. The consultant and nurse took responsibility for their decisions and wished to meet the family. A trained facilitator led preparation and a restorative meeting.",
      whatChanged:
        "The family and the young person, when ready, met the ward team and a community team leader. They described the discharge call and the days that followed; staff listened and apologised. Discharge now requires a documented conversation with the person's chosen family or supporters, and referrals are confirmed by phone before discharge. No disciplinary action was taken; the ward nurse now helps train colleagues in family involvement.",
      freeOfHarm:
        "Freedom from this harm would mean that people leave hospital with a plan they helped make, with family involved if they wish, and with a named person who will call them. For staff, it would mean being able to raise a concern about a discharge without fear, and knowing that the organisation will look at systems first. For families, it would mean being welcomed as partners rather than managed as a risk.",
      patientPerspective:
        "\"I didn't want anyone punished. I wanted someone to ask me what would have helped. In the meeting they actually did. My mum said it was the first time she'd felt like part of the team instead of a nuisance. I'm doing better now. I have a worker I trust and a plan I actually wrote myself. I hope the next person leaving that ward gets the same.\"",
    },
  },

  // ── Ireland ────────────────────────────────────────────────────────────────
  {
    slug: "sepsis-missed-in-emergency-department",
    title: "Sepsis not recognised in a busy emergency department",
    setting: "emergency",
    eventType: "diagnosis",
    country: "IE",
    year: 2021,
    language: "en",
    tags: ["sepsis", "triage", "crowding", "open disclosure", "family meeting"],
    visibility: "public",
    sections: {
      whatHappened:
        "A woman in her fifties came to an emergency department with fever, confusion and back pain during a night of severe overcrowding. She was triaged to wait and later assessed by a junior doctor who attributed her symptoms to a urinary infection and planned oral antibiotics. Her condition deteriorated in the corridor; sepsis was recognised hours later and she was admitted to intensive care. She survived but spent many weeks in hospital and has lasting fatigue.",
      whoAffected:
        "The patient and her husband, who had stayed by her trolley all night and repeatedly told staff she was getting worse. The triage nurse and the junior doctor. The senior doctor in charge that night, who had been managing several resuscitations at once. The nursing staff caring for patients on corridor trolleys. Other patients in the corridor that night, and their families, saw her deteriorate and were frightened.",
      impactsAndNeeds:
        "The patient needed to understand why her illness had not been recognised and to have her ongoing symptoms taken seriously. Her husband needed acknowledgement that he had been right and had not been listened to. The junior doctor was devastated and needed support and honest feedback from senior colleagues. The triage nurse needed the conditions of that night recognised. The department needed to face the reality of crowding.",
      responsibilities:
        "The hospital took responsibility for the crowding and for the absence of a reliable process to reassess patients who were waiting. The junior doctor and triage nurse took responsibility for their decisions and were supported to do so. Following an open disclosure meeting, the family asked for a further, less formal conversation, which a trained facilitator prepared and held. The family chose who would attend.",
      whatChanged:
        "The husband described the night from the trolley's side; the staff described it from theirs. Hearing each other changed both accounts. The department introduced regular reassessment of waiting patients with a clear trigger for escalation, and a family-raised concern now prompts a senior review. The junior doctor received structured peer support and later presented the case, with the family's permission, at a teaching session.",
      freeOfHarm:
        "Freedom from this harm would mean no patient deteriorates unseen in a corridor, and that families who say \"something is wrong\" are treated as part of the safety system. For staff, it would mean working in a department where they are not forced to choose between patients, and where they can speak about a missed diagnosis without fear. It would also mean families are given a clear way to raise the alarm.",
      patientPerspective:
        "\"My husband kept saying she's not herself. I want every hospital to know that families notice things first. I was glad to meet the young doctor. He was only a few years older than my son. I'm still tired a lot of the time, but I feel listened to now. The hospital keeps in touch, and my husband has been asked to help with their information for families.\"",
    },
  },

  // ── United States ──────────────────────────────────────────────────────────
  {
    slug: "retained-surgical-item",
    title: "A retained surgical item and a communication-and-resolution response",
    setting: "theatre",
    eventType: "procedure",
    country: "US",
    year: 2020,
    language: "en",
    tags: ["retained surgical item", "communication-and-resolution", "surgical count", "speaking up", "apology"],
    visibility: "public",
    sections: {
      whatHappened:
        "A patient had abdominal surgery during which the team changed plan partway through. A surgical sponge was left inside. The count at the end was recorded as correct, but a scrub nurse had been uneasy and did not feel able to insist on a recount with the surgeon keen to close. The patient returned weeks later with pain and infection, and a second operation removed the sponge.",
      whoAffected:
        "The patient and her partner, who had to take unpaid leave to care for her. The surgeon, the scrub nurse and the circulating nurse. The wider theatre team, who were shaken that their checks had failed. The hospital, which had a communication-and-resolution programme in place. The surgical trainee who assisted and the anaesthetist also felt responsible, and several team members said they had stopped trusting the count.",
      impactsAndNeeds:
        "The patient needed a full, honest explanation, an apology, and help with the financial costs of a second operation and lost income. Her partner needed acknowledgement of the burden he had carried. The scrub nurse felt she had let the patient down and needed her hesitation to be understood rather than judged. The surgeon needed to face what had happened without becoming defensive.",
      responsibilities:
        "The hospital's programme contacted the patient promptly, disclosed the error, apologised, waived the costs of care and offered fair compensation. The surgeon and nurses each took responsibility for their part. The hospital took responsibility for a theatre culture in which a nurse's concern could be overridden. With the patient's agreement, a restorative conference was held after the financial matters were settled.",
      whatChanged:
        "In the conference, the patient described months of pain and fear. The surgeon apologised without qualification; the scrub nurse explained, tearfully, what had stopped her from speaking. The surgeon acknowledged his part in that silence. The theatre adopted a rule that any team member can stop closure for a recount without justification, added radio-frequency detection for sponges, and began team training on speaking up.",
      freeOfHarm:
        "Freedom from this harm would mean every member of a theatre team knows that a concern about the count will stop the operation, every time, without consequences. For patients, it would mean that when something goes wrong they are told quickly, honestly, and are not left to carry the costs alone. It would also mean trusting the count again because it rests on a whole team, not on one person's courage.",
      patientPerspective:
        "\"What surprised me was the nurse. I'd been so angry at the surgeon. Hearing that she'd wanted to recount and didn't feel she could — that's what I want fixed. I'm glad she's still a nurse. The money mattered because we were struggling. But what healed things was being in a room where people told the truth. I would go back to that hospital now.\"",
    },
  },

  // ── South Africa ───────────────────────────────────────────────────────────
  {
    slug: "ward-infection-cluster-ubuntu-circle",
    title: "A cluster of ward infections and a community circle",
    setting: "hospital_ward",
    eventType: "infection",
    country: "ZA",
    year: 2023,
    language: "en",
    tags: ["healthcare-associated infection", "ubuntu", "circle", "hand hygiene", "resources"],
    visibility: "members",
    sections: {
      whatHappened:
        "Several patients on a busy medical ward developed the same drug-resistant infection over a short period, and two became critically ill. An investigation linked the cluster to shortages of hand-rub and gloves, broken sinks, and very high patient-to-nurse ratios. Families learned about the cluster informally before the hospital told them, and rumours spread in the community that nurses were careless.",
      whoAffected:
        "The patients who were infected and their families, some of whom faced long admissions and lost income. The nurses and cleaning staff on the ward, who felt publicly blamed for conditions they had been reporting for months. The infection prevention team. Other patients and families who became afraid to come to the hospital. Ward managers, who had requested supplies without success, also felt the weight of the cluster.",
      impactsAndNeeds:
        "Families needed the truth, told directly and in their own languages, and reassurance that the ward was now safe. Nurses and cleaners needed their earlier warnings acknowledged and their reputations restored in the community. The infection prevention team needed resources. Everyone needed the relationship between the hospital and the community it serves to be rebuilt. Families of the critically ill patients also needed practical help with transport and visiting.",
      responsibilities:
        "Hospital management took responsibility for supply shortages and for the late and indirect communication with families. Nursing and cleaning staff took responsibility for their practice and asked to be part of the solution. Community leaders agreed to help host a process. A facilitator fluent in isiZulu and English prepared participants and led a large circle, drawing on ubuntu — the idea that we are people through other people.",
      whatChanged:
        "In the circle, families, staff and managers spoke in turn, passing a talking piece. Families heard from nurses about working without basic supplies; managers heard both. Management committed to protected supply budgets, the sinks were repaired, and a joint family–staff group now meets monthly to monitor ward safety. Information for families about infections is now available in several local languages.",
      freeOfHarm:
        "Freedom from this harm would mean wards where the basics of infection prevention are always available, where staff warnings are acted on, and where families hear about risks from the hospital first. For the community, it would mean trusting the hospital again, and knowing that nurses and families are on the same side. It would mean staff have the time and tools to do the work safely.",
      patientPerspective:
        "\"At first we blamed the nurses. Then a nurse stood up and said she had been buying soap with her own money. After that we were not angry at her any more. We are watching now, together, to make sure the ward has what it needs. My father is home now. When I visit the clinic, the nurses greet me like family.\"",
    },
  },

  // ── France (French) ────────────────────────────────────────────────────────
  {
    slug: "erreur-transfusionnelle-au-lit-du-malade",
    title: "Une erreur transfusionnelle : parler ensemble plutôt que chercher un coupable",
    setting: "hospital_ward",
    eventType: "transfusion",
    country: "FR",
    year: 2022,
    language: "fr",
    tags: ["transfusion", "identitovigilance", "annonce", "fin de garde", "conversation réparatrice"],
    visibility: "public",
    sections: {
      whatHappened:
        "Dans un service de médecine, une poche de sang destinée à un patient a été posée à son voisin de chambre, en fin de garde, alors que deux infirmières se relayaient. Le contrôle ultime au lit du malade a été interrompu par une urgence dans une autre chambre. Le patient a présenté une réaction rapidement reconnue ; la transfusion a été arrêtée et il a été pris en charge en réanimation quelques jours. Il s'est rétabli.",
      whoAffected:
        "Le patient et son épouse, très inquiète, qui n'a appris l'erreur que le lendemain. Les deux infirmières concernées, dont l'une a été arrêtée plusieurs semaines. Le médecin de garde. L'équipe du service, secouée, et le correspondant d'hémovigilance. Le patient voisin, témoin de la scène, a lui aussi été inquiet. L'infirmière de l'équipe suivante, qui avait pris le relais, s'est demandé si elle aurait pu voir l'erreur.",
      impactsAndNeeds:
        "Le patient avait besoin de comprendre ce qui s'était passé et de retrouver confiance avant une prochaine transfusion. Son épouse avait besoin qu'on reconnaisse le choc d'avoir été prévenue tardivement. Les infirmières avaient besoin d'être soutenues et non désignées comme seules responsables. L'équipe avait besoin de revoir l'organisation des relèves et la protection du contrôle ultime. Tous avaient besoin que l'erreur serve à améliorer la sécurité.",
      responsibilities:
        "L'établissement a reconnu sa responsabilité dans l'organisation des relèves et l'absence de temps protégé pour le contrôle au lit. Le médecin a mené l'annonce du dommage au patient et à son épouse, selon les recommandations en vigueur. Les infirmières ont pris leur part de responsabilité et ont souhaité présenter leurs excuses. Une facilitatrice extérieure a préparé une conversation réparatrice, à la demande du couple.",
      whatChanged:
        "Lors de la rencontre, l'épouse a dit sa peur et sa colère d'avoir été informée tard ; l'infirmière a raconté l'interruption et présenté ses excuses. Le couple a été touché de la voir revenue au travail. Le service a instauré un contrôle ultime sans interruption, signalé par un brassard, et déplacé les transfusions hors des heures de relève. L'annonce aux proches se fait désormais le jour même.",
      freeOfHarm:
        "Être libéré de ce tort, ce serait que chaque contrôle au lit du malade se fasse dans le calme, sans interruption, et que les soignants puissent dire « stop » sans crainte. Pour les patients et leurs proches, ce serait d'être informés vite et honnêtement, et traités en partenaires de leur sécurité. Ce serait aussi que les relèves soient organisées pour éviter les interruptions à risque.",
      patientPerspective:
        "« Je m'attendais à des excuses écrites, pas à rencontrer l'infirmière. Elle était aussi bouleversée que nous. Depuis, quand on me transfuse, je demande qu'on vérifie mon nom avec moi, et les soignants me remercient de le faire. Ma femme a mis du temps à accepter le retard de l'annonce. Ce qui l'a apaisée, c'est d'apprendre que les familles sont désormais prévenues le jour même. Nous voulions que ça serve. »",
    },
  },
];
