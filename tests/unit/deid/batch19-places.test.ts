import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("days and months standing for a date in their slot (batch 19), on sentences of our own", () => {
  it("finds a French day after a part of the day, an event or a participle, and before a dictated comma", () => {
    fires(
      [
        ["Dans la nuit du 12, elle a fait une chute.", "12"],
        ["Lors de l'admission du 3, personne n'a appelé son fils.", "3"],
        ["La chute du 18 n'a pas été déclarée.", "18"],
        ["Le médecin de garde l'a revue le 21 et a arrêté la perfusion.", "21"],
        ["Il est décédé le 9 au petit matin.", "9"],
        ["dictée : le 14 virgule la famille a été reçue", "14"],
      ],
      "DATE",
    );
    silent(
      [
        "La dose du 15 mg a été donnée.",
        "Il a reçu le 15 mg prévu.",
        "La glycémie était le 5 virgule 2 mmol.",
        "Nous avons fait un appel au 15 immédiatement.",
        "La voisine a appelé le 15 parce qu'il respirait mal.",
        "Les 3 patients de la chambre du 12 ont été vus.",
        "Elle est passée le 2 fois dans la nuit.",
      ],
      "DATE",
    );
  });

  it("finds an English ordinal day ending its sentence and each day of a list before a month", () => {
    fires(
      [
        ["The family meeting was postponed until the 23rd.", "23rd"],
        ["She was seen three times (2nd, 9th and 16th June 2024) by the team.", "2nd"],
        ["She was seen three times (2nd, 9th and 16th June 2024) by the team.", "9th"],
        ["Il a été vu les 5, 8 et 11 avril en consultation.", "5"],
      ],
      "DATE",
    );
    silent(["The office is on the 3rd floor.", "She came 2nd in the race.", "We moved him to the 4th bed."], "DATE");
  });

  it("finds a month named alone after a word of time, or after a French event, with or without accents", () => {
    fires(
      [
        ["Throughout August the unit had no educator.", "August"],
        ["Between October and November four falls were logged.", "October"],
        ["Between October and November four falls were logged.", "November"],
        ["On s'est revus à la réunion de decembre.", "decembre"],
        ["Elle est tombée en aout, puis encore en septembre.", "aout"],
      ],
      "DATE",
    );
    silent(["Over May the clinic was quiet.", "This month was busy.", "la rencontre de la famille"], "DATE");
  });
});

describe("wards and units by code or by kind (batch 19), on sentences of our own", () => {
  it("finds ward codes, French units with a specialty and a code, and French care places by kind", () => {
    fires(
      [
        ["They moved him up to B4 South after midnight.", "B4 South"],
        ["night report ward k7 to day staff, two falls", "k7"],
        ["Elle dormait au pavillon 6 depuis l'automne.", "pavillon 6"],
        ["Courrier tapé par le secrétariat Pneumo 2 ce matin.", "Pneumo 2"],
        ["Réunion dans le bureau du pôle Médecine Ouest.", "pôle Médecine Ouest"],
        ["Elle a accouché à la maternité de Port-Royal.", "maternité de Port-Royal"],
        ["Suivi par la maison de santé de Plélan depuis deux ans.", "maison de santé de Plélan"],
        ["NUIT - EHPAD LES MIMOSAS - RAS", "EHPAD LES MIMOSAS"],
        ["elle revient de l'ehpad le clos fleuri ce soir", "ehpad le clos fleuri"],
        ["HANDOVER - NORTH KERRY GENERAL - DAY 02/05", "NORTH KERRY GENERAL"],
        ["mr ivor pask, 81, admitted from kilbrannan st aidans. fall at night.", "kilbrannan st aidans"],
      ],
      "FACILITY",
    );
    silent(
      [
        "Le service de pneumologie a rappelé.",
        "elle part à l'ehpad le plus proche",
        "REPORT SENT TO THE ATTORNEY GENERAL - NO REPLY",
        "pt admitted from home with fever.",
        "admitted from nursing home, confused.",
        "She scored 4 on the ward round.",
        "Il a reçu 2 g au service.",
      ],
      "FACILITY",
    );
  });
});

describe("places by the form of an address or the slot of a place (batch 19), on sentences of our own", () => {
  it("finds zones, sections, landforms, streets, quarters, postcodes, motorways and malls", () => {
    fires(
      [
        ["My grandfather grew up in Zone 4 and never left.", "Zone 4"],
        ["bed 2 - pt from inanda c section, fall at home", "inanda c section"],
        ["bed 9 - young male assaulted kwanobuhle saturday, lac to scalp", "kwanobuhle"],
        ["They kept cattle in the Breede River Valley for years.", "Breede River Valley"],
        ["Her bakery on Church Street closed last spring.", "Church Street"],
        ["Mr. Omar Haddad\n1203-455 Granville\nBurnaby, BC V5H 2T1", "1203-455 Granville"],
        ["Chute dans la rue, quai de la Fosse, Nantes.", "quai de la Fosse"],
        ["Elle habite le Quartier de Wazemmes depuis toujours.", "Quartier de Wazemmes"],
        ["appel pour un homme au lieu-dit kergoat, sans adresse", "lieu-dit kergoat"],
        ["Monsieur Paul Arnaud\n3 rue des Lices\n49100 Angers\n\nFait à Saumur, le 4 mars 2025", "Saumur"],
        ["Mrs P. Jacobs, 5 Kerkstraat, Paarl, 7646", "7646"],
        ["We were stuck on the M4 for two hours.", "M4"],
        ["FALL AT HOME 17 KARRI CRES WEST LEEDERVILLE, SON FOUND HER", "17 KARRI CRES"],
        ["FALL AT HOME 17 KARRI CRES WEST LEEDERVILLE, SON FOUND HER", "WEST LEEDERVILLE"],
        ["Police found him asleep at the Rundle Mall that night.", "Rundle Mall"],
      ],
      "LOCATION",
    );
    silent(
      [
        "The patient was placed in zone 2 of the ED.",
        "He stabbed himself yesterday with a kitchen knife.",
        "She was given a larger dose on the ward.",
        "Au cours de la nuit, elle a chuté.",
        "Il a pris la place de son frère.",
        "The M1 receptor was blocked.",
        "We met at the shopping mall.",
        "The Street team came by.",
        "She had travelled to the Ohio River Valley last summer.",
        "MILRINONE DECREASED TO .25MCQ @2200 PER DR. HEALEY",
      ],
      "LOCATION",
    );
  });
});

describe("bodies, call signs and incident references by the words around them (batch 19), on sentences of our own", () => {
  it("finds bodies by their kind, providers, trusts, employers and services' bodies in brackets", () => {
    fires(
      [
        ["After the review Fraser Health Authority wrote to the family.", "Fraser Health Authority"],
        ["Elle était suivie par le Réseau Santé Wallon depuis un an.", "Réseau Santé Wallon"],
        ["Home care from Blue Haven twice a day since March.", "Blue Haven"],
        ["LIVES ALONE. CARERS BY HOMECARE PLUS 2X DAILY.", "HOMECARE PLUS"],
        ["Réunion au Centre hospitalier Est, GHT-VO, salle 2.", "GHT-VO"],
        ["Son père a gardé les locaux de la SNCM pendant vingt ans.", "SNCM"],
        ["He was brought back by the night patrol (Wunan) after midnight.", "Wunan"],
      ],
      "ORGANISATION",
    );
    silent(
      [
        "Primary Health Care and Mental Health Services met on Monday.",
        "She gets care from her daughter every day.",
        "Home care from the council, 3 visits a week.",
        "The outreach (see above) was not called.",
        "Seen at Lakeside Hospital, MRN: 55102931, by the registrar.",
        "Back to Riverton Hospital - pt, NHI ZXC1234, from theatre.",
      ],
      "ORGANISATION",
    );
  });

  it("finds a crew's call sign and an incident system's reference", () => {
    fires(
      [
        ["We were crewing car ALPHA 12 that night.", "ALPHA 12"],
        ["EVENT LOGGED DATIX DW 20931 BY NUM.", "DW 20931"],
        ["It was reported on Riskman RM 55120 the next day.", "RM 55120"],
      ],
      "ID",
    );
    silent(["He was transferred to unit ICU 4 overnight.", "It was reported to ED 2300 by phone.", "INSULIN GTT STARTED @ 1 UNIT WITH 1 UNIT IV BOLUS"], "ID");
  });
});
