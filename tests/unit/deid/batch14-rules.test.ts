import { describe, expect, it } from "vitest";
import { detectLetterPeople } from "~/deid/detectors/letter-people";
import { detectNamedBodies } from "~/deid/detectors/named-bodies";
import { fires, silent } from "./helpers";

describe("organisations named the way locals name them (blind batch 14)", () => {
  it("finds the club someone plays for, a club by its sport, a football club's charity", () => {
    fires(
      [
        ["Her grandson plays for Kaiapoi Tigers and was at the meeting.", "Kaiapoi Tigers"],
        ["Il joue au Racing de Montignac depuis ses six ans.", "Racing de Montignac"],
        ["The Hokowhitu Bowls Club sent flowers to the ward.", "Hokowhitu Bowls Club"],
        ["A volunteer from Tranmere Rovers in the Community sat with her.", "Tranmere Rovers in the Community"],
      ],
      "ORGANISATION",
    );
    silent(["He plays for the team on Sundays and coaches at weekends.", "She played for Ireland in 1998."], "ORGANISATION");
  });

  it("finds a union's local, branch or representative, not a union named nationally", () => {
    fires(
      [
        ["Present: Kim Osei (patient relations), Lou (UNAC Local 9)", "UNAC Local 9"],
        ["The NZNO Waikato Branch wrote to the board.", "NZNO Waikato Branch"],
        ["MNA REP PRESENT FOR THE INTERVIEW.", "MNA"],
        ["J'ai appelé ma représentante de la CSN le soir même.", "CSN"],
      ],
      "ORGANISATION",
    );
    for (const text of ["My RCN steward was there for the meeting.", "The INMO rep came along."])
      expect(detectNamedBodies(text, () => false).filter((c) => c.type === "ORGANISATION")).toEqual([]);
  });

  it("finds a national service's region and bodies by the last words of their names", () => {
    fires(
      [
        ["We now have a pharmacist on HSE Dublin and North East wards at weekends.", "HSE Dublin and North East"],
        ["We want the course that Nuxalk Youth Services offered last year.", "Nuxalk Youth Services"],
        ["The service at St. Bartholomew Catholic Church was full.", "St. Bartholomew Catholic Church"],
        ["He drove for Kavanagh Motors for thirty years.", "Kavanagh Motors"],
        ["La Fondation Ophtalmologique a répondu en mars.", "Fondation Ophtalmologique"],
      ],
      "ORGANISATION",
    );
    silent(["The Community Support Services team rang her.", "Counsel from Coroners Court Legal Services attended."], "ORGANISATION");
  });
});

describe("facilities by nickname, acronym, kind and code (blind batch 14)", () => {
  it("finds a hospital by its nickname after a verb of moving, and its acronym after a place word", () => {
    fires(
      [
        ["They sent her to the Queen Alexandra for the biopsy and back.", "Queen Alexandra"],
        ["My father came in to the Glangwili on a Sunday.", "Glangwili"],
        ["The registrar in MUH said it was sepsis.", "MUH"],
      ],
      "FACILITY",
    );
    silent(["He was taken to the Emergency Department at once.", "They moved to the Philippines.", "We need to rule out SAH in this man."], "FACILITY");
  });

  it("finds named wards, women's hospitals, base hospitals, community units, blocks, pavilions and unit codes", () => {
    fires(
      [
        ["I was the only nurse on Hazel ward that night.", "Hazel ward"],
        ["Sites: Tauranga Hospital; Hutt Women's (Birthing Suite)", "Hutt Women's"],
        ["Service: Loddon Health, Bendigo Base\nIncident date: 3 May", "Bendigo Base"],
        ["He went to Clonakilty community hospital for rehab.", "Clonakilty community hospital"],
        ["Hospitalisée au pavillon K depuis mardi.", "pavillon K"],
        ["Deux nuits en cardiologie (Tourmalet) avant la sortie.", "Tourmalet"],
        ["7W MED - NIGHT EVENT NOTE\nPT FOUND ON FLOOR.", "7W MED"],
        ["Present: Anne Kowal (RN, B6), the family.", "B6"],
      ],
      "FACILITY",
    );
    silent(["The Medical ward was full.", "7A-7P CV: remains stable.", "International Women's Day was on the Friday."], "FACILITY");
  });
});

describe("people, places, ages and rooms in letters and minutes (blind batch 14)", () => {
  it("finds people before who they are, a double surname, after a French role, after dictation, signing off", () => {
    fires(
      [
        ["Present: Harpreet Hill (mother), Navjot Hill (brother), Dr Lee.", "Navjot Hill"],
        ["Dr Ryan (consultant), Orlaith (CNM1), and the family.", "Orlaith"],
        ["Ruby Pham-Castillo in our billing office has put the account on hold.", "Ruby Pham-Castillo"],
        ["Retrouvée au sol par l'AS Ndeye à minuit.", "Ndeye"],
        ["No further concerns. End of dictation. PK", "PK"],
        ["It was a hard week for us all.\n\nThanks\nBree", "Bree"],
        ["thanks for reading, sorry its long\njen t", "jen t"],
        ["Merci à toute l'équipe. Rasoanaivo", "Rasoanaivo"],
      ],
      "PERSON",
    );
    silent(["Regards\nThe Patient Safety Team", "It went well. Tuesday"], "PERSON");
    expect(detectLetterPeople("Cher Confrère, je vous adresse ce patient.")).toEqual([]);
  });

  it("finds a name that is also a word wherever the text writes it, once a birth or a signature names it", () => {
    const text = "Re: Ruby's birth\n\nRuby had a shoulder dystocia and Ruby still has physio.";
    fires([[text, "Ruby"]], "PERSON");
    const found = detectLetterPeople(text).filter((c) => c.type === "PERSON");
    expect(found.length).toBeGreaterThanOrEqual(3);
    silent(["The ruby ring was returned to the family."], "PERSON");
  });

  it("finds the place after a person and 'of', a US town with its ZIP code, a town's quarter, an age at a line's end, two rooms", () => {
    fires(
      [
        ["Her father, Mr Dessie McCloskey of Ballymagroarty, attended the meeting with us.", "Ballymagroarty"],
        ["1140 W Elm St\nEugene, OR 97401", "Eugene, OR 97401"],
        ["The review was held at the hall in Nelson East, and it was.", "Nelson East"],
      ],
      "LOCATION",
    );
    fires([["Patient: Colm Ó Murchú, 92\nHospital: Portlaoise", "92"]], "AGE");
    fires(
      [
        ["Les chambres 21 et 23 étaient voisines.", "23"],
        ["Beds 7 and 9 had the same surname.", "7"],
      ],
      "ID",
    );
    silent(["Room for 2, then 4 more.", "Audit of 3 wards, 95\n"], "ID");
    fires([["On Stephen's Day I was the only nurse for two wards.", "Stephen's Day"]], "DATE");
  });

  it("reads nothing in a note typed in capitals as a nickname after a move", () => {
    const upper = "INTUBATED AND TRANSFERRED TO THE MICU ON ARRIVAL";
    expect(detectNamedBodies(upper, () => true).filter((c) => c.source === "facility-moved-to-the")).toEqual([]);
  });
});
