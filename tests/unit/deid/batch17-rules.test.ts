import { describe, expect, it } from "vitest";
import { fires, run, silent, texts } from "./helpers";

describe("rules taught by blind batch 17, on sentences of their own", () => {
  it("finds a given name that is also a word where its bearer, named in full before, speaks or acts", () => {
    for (const [text, at] of [
      ["The ward clerk, Joy Mthembu, was on duty. Joy said the list was printed at six.", "Joy said"],
      ["Present: physio Faith Okafor. Later Faith explained the hoist.", "Faith explained"],
      ["We met her son Sonny Marr. Sonny's phone was off.", "Sonny's"],
    ]) {
      const s = text.indexOf(at);
      expect(
        run(text).findings.some((f) => f.type === "PERSON" && f.start === s),
        text,
      ).toBe(true);
    }
    // Not the word alone, and not a given name no one in the text bears.
    expect(texts(run("We met Joy Mthembu. There was joy in the room, and Joy came later.").findings, "PERSON")).not.toContain("joy");
    silent(["Faith explained nothing to anyone.", "Hope said nothing would change."], "PERSON");
  });

  it("finds a friend's, a neighbour's or a carer's name written with a capital after the relation", () => {
    fires(
      [
        ["Her neighbour Dusty found her on the floor.", "Dusty"],
        ["Pt's friend Rusty brought in clothes.", "Rusty"],
        ["Per his caregiver Lucky, he had not eaten.", "Lucky"],
      ],
      "PERSON",
    );
    silent(["He is a good friend And colleague.", "She lives with her neighbour."], "PERSON");
  });

  it("reads identifiers said aloud: a spelt name, a phone in words, a number digit by digit", () => {
    fires([["The patient is Mrs Kowalczyk, that's K-O-W-A-L-C-Z-Y-K, please.", "K-O-W-A-L-C-Z-Y-K"]], "PERSON");
    fires([["Call him back on oh two one, five five five, four three two one.", "oh two one, five five five, four three two one"]], "PHONE");
    fires([["Her hospital number is 4 4 0 2 9 1 7, full stop.", "4 4 0 2 9 1 7"]], "ID");
    silent(["The grade was E-C-G normal, and he counted one, two, three.", "Pain 3 2 1 on the scale."], undefined);
  });

  it("finds a day of the month as an ordinal word, and a French day after 'le' before a time or a clause's end", () => {
    fires(
      [
        ["She fell on the ninth at about two in the morning.", "ninth"],
        ["The review of the twelfth overnight found nothing.", "twelfth"],
        ["Le 5 à 9 h, chute dans la chambre.", "5"],
        ["Il est décédé mardi. Le 19.", "19"],
        ["Le 14 au soir, elle a appelé.", "14"],
      ],
      "DATE",
    );
    silent(["He lives on the fourth floor; palsy of the seventh nerve.", "Il prend le 3 mg le matin. Le 10 % restant."], "DATE");
  });

  it("finds an age over 89 after a bracket and before a verb, and a birthday written as an ordinal", () => {
    fires(
      [
        ["Mr Pillay (MRN 4471902), 94, was admitted from home.", "94"],
        ["Pour son 97e anniversaire, sa fille est venue.", "97e"],
        ["It was her 101st birthday.", "101st"],
      ],
      "AGE",
    );
    silent(["The score (out of 100), 92, was high.", "Dose (mg), 90, was given."], "AGE");
  });

  it("finds a hospital folder or unit record number with its register's letters, and a regional health department", () => {
    fires(
      [
        ["Her folder LTH 0722914 was missing.", "LTH 0722914"],
        ["He was UR 0081 4472 on the ward.", "0081 4472"],
      ],
      "ID",
    );
    silent(["The incident at 0300 was reported."], "ID");
    fires([["It was reported to the Ohio Department of Health within a day.", "Ohio Department of Health"]], "ORGANISATION");
    silent(["The Australian Government Department of Health funds it.", "The England Department of Health wrote."], "ORGANISATION");
  });

  it("finds a body's short form in brackets after its name, and the short form again", () => {
    const text = "She works at Lakeside District Hospital (LDH), Ward 3. LDH staff met us.";
    const found = run(text).findings;
    for (const at of [text.indexOf("LDH"), text.lastIndexOf("LDH")])
      expect(
        found.some((f) => f.type === "FACILITY" && f.start === at),
        text,
      ).toBe(true);
    fires([["We wrote to the Harbourview Bay Trust (HBT) in May.", "HBT"]], undefined);
    expect(texts(run("Seen at Riverside Hospital (ICU) overnight.").findings)).toEqual(["Riverside Hospital"]);
  });

  it("finds a day and a short month joined by a hyphen, without a year", () => {
    fires(
      [
        ["MOVED TO WARD ON 14-DEC. REVIEWED 15-DEC.", "14-DEC"],
        ["Family called on 3-Jan about the results.", "3-Jan"],
      ],
      "DATE",
    );
    silent(["co/ci 4-6/2, pain 3-4/10, ratio 1-2."], "DATE");
  });

  it("finds wards by code and specialty, numbered stations and French services with their code", () => {
    fires(
      [
        ["He went up to 6 North Surgical at noon.", "6 North Surgical"],
        ["TRANSFERRED TO B4 MEDICINE AT 1400.", "B4 MEDICINE"],
        ["the charge nurse of Station 41 called", "Station 41"],
        ["cadre de santé du service de pneumologie 3, au CHU", "service de pneumologie 3"],
        ["transférée dans l'unité de cardiologie C2 le soir", "unité de cardiologie C2"],
      ],
      "FACILITY",
    );
    silent(["C5 fracture; T4 medial border.", "l'unité de soins de 12 lits ; le service de garde 24 h."], "FACILITY");
  });

  it("finds a hospital by its town and kind, a town someone leaves for, an arrondissement, a postcode in brackets", () => {
    fires(
      [
        ["She was taken to Hamilton General by ambulance.", "Hamilton General"],
        ["Report from Red Deer Regional came back.", "Red Deer Regional"],
      ],
      "FACILITY",
    );
    silent(["The Surgeon General said so. He is a General practitioner."], "FACILITY");
    fires(
      [
        ["By then the registrar had left for Dunedin.", "Dunedin"],
        ["Ils habitent dans le 11e arrondissement.", "11e arrondissement"],
        ["Mme Piron, domiciliée à Ciney (5590), est venue.", "5590"],
      ],
      "LOCATION",
    );
    silent(["She left for work early.", "He has lived in this flat (2019) since."], "LOCATION");
    // "l'unité de soins de suite depuis le 19 novembre" names no unit 19: the date stays a date.
    fires([["hospitalisée en unité de soins de suite depuis le 19 novembre pour", "19 novembre"]], "DATE");
  });

  it("finds a caller introducing themselves, a name after a lower-case title, a name a relative clause follows", () => {
    fires(
      [
        ["Hello, this is Oksana Melnyk, I'm calling about my mother.", "Oksana Melnyk"],
        ["Allô, c'est Gisèle Tremblay, la fille de Mme Roy.", "Gisèle Tremblay"],
        ["Present: the on-call registrar, dr samira khoury; the NUM.", "samira khoury"],
        ["I rewrote the checklist with Eluned, who knew the old one.", "Eluned"],
      ],
      "PERSON",
    );
    silent(["This is Ward 5, calling about a bed. It's Monday, so.", "We met with Toronto, who won."], "PERSON");
  });

  it("finds a room or bed right after its ward, a named Easter day, an ambulance service and its vehicle number", () => {
    fires(
      [
        ["Location: 7 WEST Rm 714 - seen at 0800.", "714"],
        ["MOVED TO C3 SURGICAL BED 9 OVERNIGHT.", "9"],
        ["Ambulance (Ambulance Tasmania, vehicle 3317) brought her in.", "3317"],
      ],
      "ID",
    );
    fires([["Sun 20/4 (Easter Sunday) and Sat 19/4 (Easter Saturday) were short-staffed.", "Easter Saturday"]], "DATE");
    fires([["ARRIVÉE PAR AMBULANCE (URGENCES-SANTÉ, VÉHICULE 12-404) DU DOMICILE.", "URGENCES-SANTÉ"]], "ORGANISATION");
    silent(["Admitted to Ward 4, 3 days later.", "The vehicle 2 was late."], "ID");
    silent(["She came by ambulance (lights and sirens) at noon."], "ORGANISATION");
  });

  it("reads a patient's line in capitals with a particle before the surname", () => {
    fires([["ED NOTE PT: DELA PAZ, MARIA MRN 5521907", "DELA PAZ, MARIA"]], "PERSON");
    silent(["PT ALERT, ORIENTED X3. PT: NPO, IVF RUNNING."], "PERSON");
  });
});
