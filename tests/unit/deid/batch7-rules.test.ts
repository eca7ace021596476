import { describe, expect, it } from "vitest";
import { covers, run, texts } from "./helpers";

type Kind = Parameters<typeof covers>[3];
const fires = (cases: [string, string][], type?: Kind) => {
  for (const [text, value] of cases) expect(covers(text, run(text).findings, value, type), text).toBe(true);
};
const silent = (cases: string[], type: Kind) => {
  for (const text of cases) expect(texts(run(text).findings, type), text).toEqual([]);
};

describe("services, wards and public bodies by the shape of their name", () => {
  it("finds emergency services and health boards with their number or town", () => {
    fires(
      [
        ["Appel du SAMU 69 à 2 h, envoi d'une équipe.", "SAMU 69"],
        ["Transport par le SMUR Toulouse vers le déchocage.", "SMUR Toulouse"],
        ["We called Ambulance Tasmania at 0300.", "Ambulance Tasmania"],
        ["She works for NHS Grampian as a porter.", "NHS Grampian"],
        ["the family called nhs 24 at midnight", "nhs 24"],
        ["He is a member of VFW Post 1210 in town.", "VFW Post 1210"],
      ],
      "ORGANISATION",
    );
    silent(
      [
        "Her NHS number is on the referral.",
        "Book it through the NHS App.",
        "NHS 401 023 2137 was checked.",
        "Ambulance arrived at 0300 with two crew.",
        "Le SAMU a été appelé.",
      ],
      "ORGANISATION",
    );
  });

  it("finds charities, commissions, churches and First Nations by their head word", () => {
    fires(
      [
        ["The Mental Health and Wellbeing Commission was told.", "Wellbeing Commission"],
        ["Support came from Age Action Advocacy.", "Age Action Advocacy"],
        ["The funeral was at Siloam Tongan Church.", "Siloam Tongan Church"],
        ["She is an Elder of the Musqueam First Nation.", "Musqueam First Nation"],
      ],
      "ORGANISATION",
    );
  });

  it("finds wards by number and wing, named units, sites and buildings", () => {
    fires(
      [
        ["He was moved to 5 West overnight.", "5 West"],
        ["Staff on Rosewood Unit were debriefed.", "Rosewood Unit"],
        ["Transfert à l'unité Les Tilleuls le soir.", "Les Tilleuls"],
        ["Accouchement à la maternité Jeanne-de-Flandre.", "Jeanne-de-Flandre"],
        ["CHR Citadelle – site Sainte-Rosalie, service de gériatrie.", "Sainte-Rosalie"],
        ["Admise à l'Hôpital général de Granby pour une chute.", "Hôpital général de Granby"],
        ["The meeting was held at Te Whare Maiangiangi.", "Te Whare Maiangiangi"],
        ["Location: CBOC Bldg 12, second floor.", "Bldg 12"],
        ["transferred to dumfries general for the night", "dumfries general"],
      ],
      "FACILITY",
    );
    silent(
      [
        "He was admitted to the Stroke Unit.",
        "The Burns Unit took him overnight.",
        "Clinical Decision Unit review at noon.",
        "Pain score 3 North of the umbilicus.",
        "Ponction au site de la biopsie.",
        "mr khan saw his general practitioner today",
      ],
      "FACILITY",
    );
  });

  it("reads local address forms, interstates and court files", () => {
    fires(
      [
        ["Domicile : 88, 2e Rue, Shawinigan.", "88, 2e Rue"],
        ["She lives at Stand 4471, Ivory Park Ext 2 with her aunt.", "Stand 4471, Ivory Park Ext 2"],
        ["The crash on I-95 delayed the crew.", "I-95"],
      ],
      "LOCATION",
    );
    fires([["Coroner's file SCOR 442 of 2021 was read.", "SCOR 442 of 2021"]], "ID");
    silent(["Stand 10 minutes before walking.", "Treated with I-131 in the past.", "Ext 5 rang twice."], "LOCATION");
  });

  it("reads an address typed in capitals inside a mixed-case letter", () => {
    fires([["My address is simple: 14 MOLAPO STREET, ZOLA NORTH, SOWETO. Please write.", "14 MOLAPO STREET"]], "LOCATION");
  });
});

describe("people in capitals and families in the plural", () => {
  it("finds a name in capitals after a role or kin word, or before an age", () => {
    fires(
      [
        ["Sister NKOSANA refused to call the doctor.", "NKOSANA"],
        ["My father THEMBINKOSI MASEKO was moved twice.", "THEMBINKOSI MASEKO"],
        ["Pt: GRAHAM ROBERT TUCKETT, 88, from home.", "GRAHAM ROBERT TUCKETT"],
      ],
      "PERSON",
    );
    silent(["Patient DNR status was confirmed.", "Son NAM est TREM 5203.", "Nurse AND doctor were present."], "PERSON");
  });

  it("finds a family named in the plural, but not a people or a word", () => {
    fires(
      [
        ["We met the Callaghans on the ward.", "Callaghans"],
        ["The nurse spoke with the Adebayos (his parents).", "Adebayos"],
      ],
      "PERSON",
    );
    silent(["We thanked the Americans who visited.", "the Nurses on nights were kind.", "We flew over the Philippines."], "PERSON");
  });

  it("keeps roles after a profession", () => {
    expect(texts(run("Dr Jane Roe, Consultant Obstetrician, met the family.").findings)).toEqual(["Jane Roe"]);
    silent(["Le médecin coordonnateur a été prévenu.", "L'infirmier référent note une rupture."], "PERSON");
  });
});

describe("dates and ages known by what is next to them", () => {
  it("finds day/month after a weekday or a clock time, ordinal days, lower-case months and 'depuis le 15'", () => {
    fires(
      [
        ["Seen on Friday 7/3 by the team.", "7/3"],
        ["Arrived 2215 hrs 14/08 by road.", "14/08"],
        ["Over the night of the 4th and 5th she fell twice.", "the 4th and 5th"],
        ["next review 14 march at home", "14 march"],
        ["elle est là depuis le 12 pis rien", "12"],
        ["The CTG on the 2nd was not escalated.", "the 2nd"],
      ],
      "DATE",
    );
    silent(
      [
        "Dose 1500 1/2 tab daily.",
        "Pain 3/10 on Friday.",
        "Pain score 6/10 at 2215 hrs.",
        "Elle a reçu le 15 mg prévu.",
        "we march on",
        "He lives on the 2nd floor.",
      ],
      "DATE",
    );
  });

  it("finds an age over 89 in brackets after a person word", () => {
    fires([["An elderly woman (94) was found on the floor.", "94"]], "AGE");
    silent(["The score (92) was normal."], "AGE");
  });
});
