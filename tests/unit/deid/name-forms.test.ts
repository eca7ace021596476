import { describe, expect, it } from "vitest";
import { fires, run, silent, texts } from "./helpers";

// Forms of naming in handovers, incident forms and family letters, written for these rules (not taken from any corpus).
describe("a first name and an initial", () => {
  it("finds a first name with a surname's initial before a role, a possessive or a comma", () => {
    fires(
      [
        ["Incident logged by Rosalind T RN at 0410.", "Rosalind T"],
        ["The second fall happened on Darnell K's shift.", "Darnell K"],
        ["Present: Teuila M, Hemi R and the charge nurse.", "Teuila M"],
      ],
      "PERSON",
    );
    silent(["Given vitamin D, calcium and iron.", "Mrs A, aged 94, lived alone.", "Plan B's cost was lower."], "PERSON");
  });

  it("finds an initial and a surname after a role in a note typed in capitals", () => {
    fires(
      [
        ["RISK MGR J. ABERNATHY TO CALL THE DAUGHTER.", "J. ABERNATHY"],
        ["found on floor by cna t. oyelaran at 0300.", "t. oyelaran"],
      ],
      "PERSON",
    );
    silent(["CHARGE RN AWARE. MD AWARE.", "SEEN BY RN X2 OVERNIGHT."], "PERSON");
  });
});

describe("initials, titles and roles in lists and handovers", () => {
  it("finds an initial and a surname before a role, and two of them side by side", () => {
    fires(
      [
        ["Suivi : pilote R. Vandamme, pharmacienne, et le cadre.", "R. Vandamme"],
        ["Crew on scene: J. Tamihana / P. Oduya", "P. Oduya"],
      ],
      "PERSON",
    );
    silent(["See section B. Results, page 4.", "Grade A. Nursing staff, all shifts."], "PERSON");
  });

  it("finds a title, a first name and a surname written in lower case", () => {
    fires(
      [
        ["bed 4 - (mr colin ashwell) CIWA 8, settled.", "colin ashwell"],
        ["visite chez mme huguette lambotte, 93 ans.", "huguette lambotte"],
      ],
      "PERSON",
    );
    // The word after the first name is no surname when it is a verb or a function word.
    for (const text of ["seen by mr john was reviewed at 10.", "chez mme louise est arrivée hier."]) {
      expect(
        texts(run(text).findings, "PERSON").some((t) => / (?:was|est)$/.test(t)),
        text,
      ).toBe(false);
    }
  });

  it("reads an assistant in nursing or an enrolled nurse before a name as a role", () => {
    fires([["found on floor by AIN Blessing, ?long lie.", "Blessing"]], "PERSON");
  });

  it("finds an age after a found name before where the person is from", () => {
    fires([["BAY 1 BED 3 MYFANWY LLOYD 95 FROM MACHYNLLETH.", "95"]], "AGE");
  });
});

describe("names as record systems print them", () => {
  it("finds SURNAME, FIRSTNAME after the word for the patient", () => {
    fires(
      [
        ["PT MWANGI, GRACE DOB 3/2/1940 ADMITTED FROM HOME.", "MWANGI, GRACE"],
        ["Patient: Haverstock, Eleanor (MRN 44120937)", "Haverstock, Eleanor"],
      ],
      "PERSON",
    );
    silent(["pt anueric, crfailure, on hd.", "Pt stable, alert and oriented.", "PT AWAKE, ALERT, FOLLOWS COMMANDS."], "PERSON");
  });
});

describe("nicknames", () => {
  it("finds a quoted nickname inside a full name, and the nickname again later", () => {
    fires(
      [
        ['Our grandfather, Walter "Wally" Prendergast, loved the garden.', 'Walter "Wally" Prendergast'],
        ["Notre mère, Jeanne « Nénette » Dufresne, avait 88 ans.", "Jeanne « Nénette » Dufresne"],
      ],
      "PERSON",
    );
    const text = "Notre mère, Jeanne « Nénette » Dufresne, avait 88 ans. Nénette riait toujours.";
    const later = text.lastIndexOf("Nénette");
    expect(run(text).findings.some((f) => f.type === "PERSON" && f.start === later && f.end === later + "Nénette".length)).toBe(true);
  });

  it("finds a nickname after 'called him', 'known to all as' or 'on l'appelait', but not a family word", () => {
    fires(
      [
        ["At the depot everyone called him Bluey, even the new drivers.", "Bluey"],
        ["She was known to all as Queenie on the ward.", "Queenie"],
        ["Au village on l'appelait Titou depuis l'enfance.", "Titou"],
      ],
      "PERSON",
    );
    silent(["The grandchildren called her Nana and she loved it.", "Everyone called him Dad, even the nurses."], "PERSON");
  });

  it("finds a lone first name before a comma and a role in a list of who was there", () => {
    fires([["Attending: Mr Owain Pugh, consultant; Carys, theatre sister; Dr Elin Vaughan.", "Carys"]], "PERSON");
    silent(["Overall, the nurse was kind; Later, the registrar came.", "Thanks, staff nurse, for staying late."], "PERSON");
  });
});

describe("ages and rooms after what was found", () => {
  it("finds a French age after 'âgée de' with no 'ans' after it", () => {
    fires([["Sa grand-mère, âgée de 97, vivait seule à la ferme.", "97"]], "AGE");
  });

  it("finds an age over 89 after a found name before a record label", () => {
    fires([["night shift. pt winifred oakhurst 97 nhi QWE1234 given frusemide.", "97"]], "AGE");
  });

  it("finds the room a patient was in when it follows the room's kind", () => {
    fires(
      [
        ["FELL IN BATHROOM RM 714 AT 0200.", "714"],
        ["she slipped in the shower room 22 before breakfast.", "22"],
      ],
      "ID",
    );
    silent(["The bathroom has 3 rails.", "Room 4 was empty all week."], "ID");
  });
});
