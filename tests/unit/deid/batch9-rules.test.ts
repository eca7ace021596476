import { describe, expect, it } from "vitest";
import { fires, run, silent } from "./helpers";

describe("bodies known by their kind", () => {
  it("finds services, carriers, ombudsmen, courts, bands and area-health acronyms", () => {
    fires(
      [
        ["The family called Tasmania Police Service the same night.", "Tasmania Police Service"],
        ["He was met by Wellington Free Ambulance Service at the door.", "Wellington Free Ambulance Service"],
        ["She was conveyed by Careflight Top End to the Royal Darwin.", "Careflight Top End"],
        ["You may write to the Northern Ireland Public Services Ombudsman of Belfast.", "Public Services Ombudsman of Belfast"],
        ["The inquest was heard at the Coroners Court of Queensland last spring.", "Coroners Court of Queensland"],
        ["Her cousin is a councillor with the Penelakut Indian Band.", "Penelakut Indian Band"],
        ["Feedback was sent to SESLHD and to the ward.", "SESLHD"],
        ["The paramedics (Medivac Services) arrived late.", "Medivac Services"],
        ["Agency: Caremark Staffing\nShift: night", "Caremark Staffing"],
        ["Le signalement a été transmis à l'ARS Bretagne le lendemain.", "ARS Bretagne"],
        ["Le SMUR de Quimper est arrivé en vingt minutes.", "SMUR de Quimper"],
        ["Reviewed by Mayo Sligo Integrated Care this week.", "Mayo Sligo Integrated Care"],
      ],
      "ORGANISATION",
    );
    silent(
      [
        "He was taken by ambulance to the emergency department.",
        "The family complained to the Ambulance Service by phone.",
        "Agency: none\nShift: night",
        "The ambulance (ETA 10 min) was called at 14:00.",
        "He was transferred by Dr Smith to theatre.",
        "She was brought by her daughter Mere to the clinic.",
      ],
      "ORGANISATION",
    );
  });

  it("finds wards by specialty and number, saints' wards and sites, a town's emergency department, a CHR by its words", () => {
    fires(
      [
        ["Elle est hospitalisée en cardiologie 4B depuis lundi.", "cardiologie 4B"],
        ["transfert en médecine interne 2, lit près de la fenêtre", "médecine interne 2"],
        ["She was moved to st bernadette's ward overnight.", "st bernadette's ward"],
        ["Surgery was done at St. Joseph's Mercy Oakland after the transfer.", "St. Joseph's Mercy Oakland"],
        ["Il a attendu douze heures aux urgences de Sainte-Agathe.", "Sainte-Agathe"],
        ["Le dossier était au CHR Haute Senne, non consulté.", "CHR Haute Senne"],
      ],
      "FACILITY",
    );
    silent(["Elle prend du paracétamol 1 g x 3 par jour en gériatrie.", "We met on St Patrick's Day at noon."], "FACILITY");
  });
});

describe("people where rosters, messages and family letters put them", () => {
  it("finds names after a family nickname, on a roster line, after a scribe's role, as initials, set off after a role, on a last-line sign-off", () => {
    fires(
      [
        ["My Nana Merewyn Tautahi was sent home at midnight.", "Merewyn Tautahi"],
        ["Team:\n• Bryony Calloway, Scrub Nurse\n• Ifeoma Adekunle - RN", "Bryony Calloway"],
        ["Team:\n• Bryony Calloway, Scrub Nurse\n• Ifeoma Adekunle - RN", "Ifeoma Adekunle"],
        ["Notes typed by scribe Wairimu Kamau after the meeting.", "Wairimu Kamau"],
        ["Patient: J.K., 71 y, admitted from home.", "J.K."],
        ["The midwife on, Shaz, was kind but had four women.", "Shaz"],
        ["Please ring me back on the mobile.\nThanks, Kez", "Kez"],
        ["famille à appeler demain (neveu ti-paul, 450 555-0199)", "ti-paul"],
      ],
      "PERSON",
    );
    silent(
      [
        "Nan asked me to write this letter for her.",
        "admin combivent q4h, sputum thick.",
        "anti-inflammatoire et ti-tube de crème",
        "The nurse on, However, said no.",
      ],
      "PERSON",
      {
        learned: false,
      },
    );
  });
});

describe("dates and ages in timelines, statements and PDF copies", () => {
  it("finds day ranges, ordinal pairs, broken month words, Roman months, weekday days, timeline days, holidays without apostrophes", () => {
    fires(
      [
        ["He worked nights on 4 and 5 March 2022 alone.", "4 and 5 March 2022"],
        ["Incident survenu la nuit du 3 au 4/05/2023 dans le service.", "nuit du 3 au 4/05/2023"],
        ["On the night of 14th to 15th she fell twice.", "14th to 15th"],
        ["Judgment delivered on 9 Febru-\nary 2021 in Melbourne.", "9 Febru-\nary 2021"],
        ["Née le 17.XI.1938 à Liège.", "17.XI.1938"],
        ["Le mardi 14, elle a refusé ses repas.", "mardi 14"],
        ["Elle est tombée le 12 du mois dernier.", "12 du mois dernier"],
        ["Timeline:\n- the 9th (Thu) - GP visit\n• le 3, 14h : appel", "the 9th"],
        ["Timeline:\n- the 9th (Thu) - GP visit\n• le 3, 14h : appel", "le 3"],
        ["He died on MOTHERS DAY, alone.", "MOTHERS DAY"],
      ],
      "DATE",
    );
    silent(
      ["co/ci 4-6/2-4, pa sats 60-70.", "pain 3-4/10 after tylenol.", "Growth sits between 3rd to 10th centile.", "Une chute le 1er du mois, sans témoin."],
      "DATE",
    );
    fires(
      [
        ["Resident: A.B., 93 y, lives alone.", "93"],
        ["He is ninety-four years, he does not eat.", "ninety-four"],
      ],
      "AGE",
    );
    silent(["The hospital is ninety years in the making.", "BP 92 y axis", "She smoked for 40 y, stopped."], "AGE");
  });
});

describe("reference codes and places in decisions, forms and posts", () => {
  it("finds citations, case numbers, register numbers, numbers read out, lettered codes and campaign hashtags", () => {
    fires(
      [
        ["See Health Ombudsman v Reyes [2023 QCAT 44] on this point.", "2023 QCAT 44"],
        ["Case 19HDC02231 was closed in March.", "19HDC02231"],
        ["Her registration (licence CNO 0912273) was suspended.", "CNO 0912273"],
        ["his hospital number is MRH 0042 1187 okay", "MRH 0042 1187"],
        ["Fiche REX-URG-2023-08 transmise au comité.", "REX-URG-2023-08"],
        ["Avis n° 23-1127 / CCI-IDF rendu le même jour.", "23-1127 / CCI-IDF"],
        ["Please share #JusticeForAroha with everyone.", "#JusticeForAroha"],
      ],
      "ID",
    );
    silent(["GU: UO 75-120/HOUR, no change with lasix.", "BP 110/46-170/ SKIN warm", "Great work on #PatientSafety week!"], "ID");
  });

  it("finds a townland before its county, a place after 'at home,', Celtic street words, a pā, a township extension, a Canadian postcode after its province", () => {
    fires(
      [
        ["Mary Kehoe, Ballinaclash, Co. Wicklow, was seen.", "Ballinaclash"],
        ["He collapsed at home, Carrowkeel, after tea.", "Carrowkeel"],
        ["Our address is 4 Ffordd Glyndwr, Rhuthun.", "4 Ffordd Glyndwr"],
        ["Kerzu: 3 hent Kerangall, 29810 Plouarzel", "3 hent Kerangall"],
        ["The tangi was at Ōhinemutu Pā on Sunday.", "Ōhinemutu Pā"],
        ["we stay in orange farm extension 7 near the taxi rank", "orange farm extension 7"],
        ["Pharmacy: 88 Bank St, Ottawa ON K1P 5N2", "K1P 5N2"],
        ["Community health workers in Nqamakwe were trained on danger signs.", "Nqamakwe"],
      ],
      "LOCATION",
    );
    silent(["Call the ward on extension 4412 anytime.", "She was seen at home, Plan: review tomorrow."], "LOCATION", { learned: false });
  });
});

describe("a title is no name after a scribe's role", () => {
  it("leaves the title to the title rules", () => {
    const r = run("Rapporteur : Dr Van Hoof (chef de service adjoint)");
    expect(r.findings.filter((f) => f.type === "PERSON").map((f) => f.text)).toEqual(["Van Hoof"]);
  });
});

describe("what a PDF copy and a truecased line do to a name", () => {
  it("keeps the rest of a name broken across a line, and initials on a line read as capitals", () => {
    fires(
      [
        ["Expert désigné : Pr Hélène Garri-\nguet\nLa Commission estime", "Hélène Garri-\nguet"],
        ["Reported by: Ana Lima, RPh (licence OCP 612094)\nPatient: R.T., 91 y, OHIP 6720491858 KT\nIncident: Rx", "R.T."],
      ],
      "PERSON",
    );
    silent(["Patient: n.b. allergic to penicillin.", "Well-\nbeing was discussed with the team."], "PERSON", { learned: false });
  });
});

describe("names with Irish particles", () => {
  it("keeps a capitalised particle inside a name after a listed given name", () => {
    const r = run("The letter was signed by Siobhán Ní Bhriain on Monday.");
    expect(r.findings.some((f) => f.type === "PERSON" && f.text === "Siobhán Ní Bhriain")).toBe(true);
  });
});
