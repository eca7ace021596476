import { describe, expect, it } from "vitest";
import { fires, run, silent } from "./helpers";

describe("places no list holds, by where they sit", () => {
  it("finds a word no list knows after a word that takes a place", () => {
    fires(
      [
        ["We drove past Wharekōpae and then the road ran out.", "Wharekōpae"],
        ["She has lived in Ngukurr all her life.", "Ngukurr"],
        ["The crew went through Tokomaru on the way back.", "Tokomaru"],
        ["Un agriculteur de Saint-Plaisir-sur-Loue a été transporté.", "Saint-Plaisir-sur-Loue"],
        ["La fille vit seule à Quillebœuf-en-Caux depuis le décès.", "Quillebœuf-en-Caux"],
        ["We live off Kingsbury Road in Tyburnhulme if you want to meet.", "Tyburnhulme"],
        ["The hui will be at Rongomaraeroa Marae in Pōrangahaunui.", "Pōrangahaunui"],
      ],
      "LOCATION",
    );
    silent(
      [
        "Her antibiotic was switched to Tazocin after the culture.",
        "The note was documented in Carevue by the night nurse.",
        "Une poche de Perfalgan a été passée deux fois.",
        "He was seen by Dr Okonkwo-Abara in clinic.",
        "pt with pain from hemrroids, settled with cream.",
      ],
      "LOCATION",
      // The written rules alone: the learned scorer may still offer an unknown capitalised word after "in"
      // ("Carevue") for review, recall first (docs/deid.md).
      { learned: false },
    );
    silent(["Her antibiotic was switched to Tazocin after the culture.", "Une poche de Perfalgan a été passée deux fois."], "LOCATION");
  });

  it("finds marae, stations, hamlets, quarters and a community after its label", () => {
    fires(
      [
        ["The hui was held at Te Kōha Aroha Marae on the Saturday.", "Te Kōha Aroha Marae"],
        ["He worked as a stockman on Moolabinda Station for years.", "Moolabinda Station"],
        ["Elle habite au hameau des Brosses-Basses, sans voiture.", "Brosses-Basses"],
        ["Il vit au quartier Saint-Cyprien à Toulouse.", "quartier Saint-Cyprien"],
        ["Community: Kangiqsualujjuaq\nNurse: on call", "Kangiqsualujjuaq"],
        ["the snow closed the Glenmuick road overnight", "Glenmuick"],
        ["Infirmière libérale, secteur de Riom (Puy-de-Dôme), en tournée.", "Puy-de-Dôme"],
      ],
      "LOCATION",
    );
    silent(["We waited at the Police Station for an hour.", "The nurses' station was busy; the Fire Station called."], "LOCATION");
  });

  it("finds Québec towns and roads with a saint's short form, in any case", () => {
    fires(
      [
        ["visite à domicile, elle est à ste-adèle chez sa fille", "ste-adèle"],
        ["pas de transport jusqu'à St-Hyacinthe ce matin", "St-Hyacinthe"],
        ["habite rang saint-édouard, ferme au bout", "rang saint-édouard"],
      ],
      "LOCATION",
    );
    silent(["ECG: st-elevation in V2-V4, cardiology paged.", "HR 106 ST-ATRIAL BIGEMINY, cont dopa."], "LOCATION");
  });

  it("finds street lines before a town line, first-word streets and Belgian postcode lines", () => {
    fires(
      [
        ["Kind regards,\nLeo Marsh\n77 Wattle Bend\nBroken Hill NSW 2880", "77 Wattle Bend"],
        ["Patient lives at 1420 W Calle Ojo Feliz, Tucson.", "1420 W Calle Ojo Feliz"],
        ["Madame Dupuis\nRue des Fripiers 12\n6810 Jamoigne", "6810 Jamoigne"],
        ["she's moved to the flat on tainui rd since friday", "tainui rd"],
      ],
      "LOCATION",
    );
    silent(["BP 125/42 via cuff on R arm.", "bp 90-105/50-60 via rad aline, dopa weaned."], "LOCATION");
  });

  it("finds health facilities by head words no list holds", () => {
    fires(
      [
        ["She was seen at Mqanduli CHC on the Monday.", "Mqanduli CHC"],
        ["Reviewed by the GP at Strathpeffer Surgery.", "Strathpeffer Surgery"],
        ["Called from Pond Inlet Nursing Station at 0200.", "Pond Inlet Nursing Station"],
        ["note - clsc des pays-d'en-haut, suivi infirmier", "clsc des pays-d'en-haut"],
        ["Elle est retournée à la résidence Les Glycines après.", "Les Glycines"],
        ["Il est suivi au CRDI de Rimouski depuis deux ans.", "CRDI de Rimouski"],
        ["She was then flown on to RPH for surgery.", "RPH"],
      ],
      "FACILITY",
    );
    silent(["Il a une IRM de Rennes la semaine prochaine.", "Le TDM de Brest montre une masse."], "FACILITY");
    silent(["Day Surgery was cancelled.", "She was booked into Day Surgery on the ward."], "FACILITY");
  });
});

describe("organisations known only by a name or an acronym", () => {
  it("finds bodies by their head word", () => {
    fires(
      [
        ["Referral sent to Te Tai Tokerau Hauora for follow-up.", "Te Tai Tokerau Hauora"],
        ["The family asked Kimberley AMS to send a worker.", "Kimberley AMS"],
        ["This was shared with the Bassetlaw PCN pharmacists.", "Bassetlaw PCN"],
        ["We wrote to Healthwatch Kirklees about the delay.", "Healthwatch Kirklees"],
        ["Le Syndicat SUD Santé du CHU de Brest accompagne l'agent.", "Syndicat SUD Santé"],
        ["Demande faite au SSIAD de Saint-Flour pour le week-end.", "SSIAD de Saint-Flour"],
        ["Rencontre avec le Conseil des Innus de Pessamit.", "Conseil des Innus de Pessamit"],
        ["Elle est bénévole à l'association La Main Tendue.", "La Main Tendue"],
        ["We then asked Amajuba District for a second van.", "Amajuba District"],
      ],
      "ORGANISATION",
    );
    silent(["Te Whatu Ora has national guidance on this.", "The East District was quiet.", "Le conseil de famille s'est réuni."], "ORGANISATION");
  });

  it("finds an acronym or an unknown word where a body acts or is acted on", () => {
    fires(
      [
        ["We waited two hours before NWAS could attend.", "NWAS"],
        ["A helicopter was requested through CareFlight.", "CareFlight"],
        ["The case was raised with Tūhono at the next hui.", "Tūhono"],
        ["the home care agency (Brightwater) did not come", "Brightwater"],
        ["Her pharmacy is the Chemist Warehouse on the corner.", "Chemist Warehouse"],
        ["Consumer Liaison Officer | Riverlands Sector", "Riverlands Sector"],
      ],
      "ORGANISATION",
    );
    silent(
      [
        "Vent settings changed to SIMV and pressure support.",
        "Foley to BSD draining clear urine.",
        "A 65-year-old male with GERD asked about omeprazole.",
        "If CVVHD will be tried, renal will decide.",
        "Escalation to OPEL 4 was not made until 02:00.",
      ],
      "ORGANISATION",
    );
  });
});

describe("people named by the shape of a message or a signature", () => {
  it("finds the speaker of a chat or text-message line", () => {
    fires(
      [
        ["[03/02/25 07:12] Mereana K: morning all, bed 3 is home today", "Mereana K"],
        ["03/02/2025, 07:15 - Tash: ok thanks", "Tash"],
        ["lun. 3 févr. 07:20 – Aurélien : je passe à midi", "Aurélien"],
      ],
      "PERSON",
    );
    silent(["[07:12] Service : message reçu", "14:00 - Update: family visited"], "PERSON");
  });

  it("finds initials and a surname on a signature line, kin named through a person, a person before a role in brackets", () => {
    fires(
      [
        ["Thank you for your time.\n\nP. WHITCOMBE RN", "P. WHITCOMBE"],
        ["follow-up tomorrow.\n- r. tamihana rn", "r. tamihana"],
        ["Pour la caisse,\nJ.-M. Dardenne, conseiller", "Dardenne"],
        ["hi, this is Oyelaran's son, can I visit tonight?", "Oyelaran"],
        ["home visit tmrw w kez (key worker) if she agrees", "kez"],
        ["everyone there calls her MaNdlovu, even the nurses", "MaNdlovu"],
      ],
      "PERSON",
    );
    silent(["The patient's daughter rang twice.", "Obs stable.\nr. stable overnight", "Seen by the team (NUM) today."], "PERSON");
  });

  it("finds the body in an e-mail header after a department", () => {
    fires([["To: Patient Experience, Waitaha Canterbury\nSubject: my mum", "Waitaha Canterbury"]], "ORGANISATION");
    silent(["To: Mrs Hall, Head of Nursing\nSubject: meeting"], "ORGANISATION");
  });
});

describe("dates and numbers in the forms messages and letters use", () => {
  it("finds holidays with the day they are counted from, in any case", () => {
    fires(
      [
        ["she was admitted the day after thanksgiving with a fever", "the day after thanksgiving"],
        ["we had no cover over anzac weekend", "anzac weekend"],
        ["He came back on Christmas Eve.", "Christmas Eve"],
        ["Le lendemain de la Toussaint, la dose a été oubliée.", "lendemain de la Toussaint"],
        ["She was brought in on the October bank holiday Monday.", "October bank holiday Monday"],
        ["We were short-staffed over Territory Day.", "Territory Day"],
      ],
      "DATE",
    );
  });

  it("finds ordinal days joined to a date, French days before a comma, short weekdays with a month", () => {
    fires(
      [
        ["She worked on Christmas Day and the 26th without a break.", "the 26th"],
        ["Le jour de l'an, personne; le 3, il était déshydraté.", "le 3"],
        ["dim. 12 janv. 19:40 – message du fils", "dim. 12 janv."],
        ["Fri 7 Mar 2025 22:14", "Fri 7 Mar"],
      ],
      "DATE",
    );
    silent(["Take the lift to the 3rd floor and the 4th floor.", "He had a PEEP of 5 and the 3rd dose."], "DATE");
  });

  it("finds French plates, report numbers and beds or rooms", () => {
    fires(
      [
        ["sa voiture, une 208 blanche GH-517-PL, est restée au parking", "GH-517-PL"],
        ["Event no.: QR 24-1187 (reported next day)", "QR 24-1187"],
        ["Run # 25-0412 Medic 9", "25-0412"],
        ["copie jointe au signalement FEI 2025-0087", "FEI 2025-0087"],
        ["Mr Tuala in bed 9 had a fall", "9"],
        ["elle est en chambre 214 depuis lundi", "214"],
      ],
      "ID",
    );
    silent(["BP running 116-140/60, HR 80s.", "Seminar Room 2 was booked.", "28 beds, 2 patients per room."], "ID");
  });
});

describe("a long run of one character", () => {
  // A 200,000-letter token is blanked for the word rules; a pattern that opened with "[ \t]+" then read the
  // blank run again from every space (quadratic: about 10 s at 64,000 characters, minutes at 1 MB).
  it("is read in linear time", () => {
    const started = Date.now();
    expect(run("A".repeat(200_000)).findings).toEqual([]);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
