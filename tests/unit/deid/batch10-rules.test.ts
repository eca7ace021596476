import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("dates as letters and reflections write them", () => {
  it("finds an ordinal day of a month with its article, in figures or in words", () => {
    fires(
      [
        ["The consultant rang us on the 5th of June to apologise.", "the 5th of June"],
        ["It happened on the twenty-second of October, 2023, at night.", "the twenty-second of October, 2023"],
        ["She came in on the first of April with chest pain.", "the first of April"],
        ["Mum was moved on the 11th of May without us being told.", "the 11th of May"],
      ],
      "DATE",
    );
    silent(
      [
        "This was the first of many falls on the ward.",
        "He had the second of two doses before the scan.",
        "She was the 3rd of the patients seen that morning.",
        "the first of may be the hardest to hear",
      ],
      "DATE",
    );
  });
});

describe("ages, phones, rooms and codes", () => {
  it("finds an age over 89 said of oneself or in brackets after a date of birth", () => {
    fires(
      [
        ["I'm 97 now and I still drive to the shops.", "97"],
        ["I am 91 myself and I sat with her every day.", "91"],
        ["Resident: WALSH, AGNES DOB 02/11/1929 (94) - fell at 0200", "(94)"],
        ["née le 12/03/1930 (93), hospitalisée pour chute", "(93)"],
      ],
      "AGE",
    );
    silent(["I'm 95% sure the dose was given.", "I am 100 percent behind the nurses.", "DOB 02/11/1979 (44) seen in clinic"], "AGE");
  });

  it("finds a French number written with dots and does not read it as an IP address", () => {
    fires(
      [
        ["Sa fille a été prévenue au 04.72.11.38.90 vers minuit.", "04.72.11.38.90"],
        ["Rappeler le cadre au 05.56.79.12.44.", "05.56.79.12.44"],
      ],
      "PHONE",
    );
    silent(["Rappeler le cadre au 05.56.79.12.44."], "IP");
    silent(["The dose was 0.25 mg and then 1.5 mg.", "Version 2.10.4 of the software was installed."], "PHONE");
  });

  it("finds a room, cubicle or stretcher a patient is placed in", () => {
    fires(
      [
        ["She sat for six hours in a chair near cubicle 12 before anyone came.", "12"],
        ["the fall on rm 308 happened at shift change", "308"],
        ["Urgence, civ. 22, patiente agitée", "22"],
        ["La sonnette de la ch 15 ne marchait plus.", "15"],
      ],
      "ID",
    );
    silent(["The ward has 4 cubicles and a side room.", "Il faut la ch 15 sur 20 lits disponibles? non", "cubicle 3 of 8 was empty"], "ID");
  });

  it("finds a code led by its system's letters after a record's label", () => {
    fires(
      [
        ["The review was logged (ref QEH/RCA/2023/0412) and shared.", "QEH/RCA/2023/0412"],
        ["Learning ID WDHB-LR-2281 has the full timeline.", "WDHB-LR-2281"],
        ["Incident RISK 2024-118201 was closed last month.", "RISK 2024-118201"],
        ["Patient: Mr Tobin, URN TCH 442 917, from the coast", "TCH 442 917"],
        ["Folder no GSH 7731022.", "GSH 7731022"],
        ["Numéro de patient : HUB 00227315.", "HUB 00227315"],
      ],
      "ID",
    );
    silent(["As per ref NICE NG51 guidance, sepsis screen done.", "Ref BP 120 80 taken lying and standing.", "incident ICU 2 days later"], "ID");
  });
});

describe("wards and staff", () => {
  it("finds a numbered suite and a French ward by floor and wing", () => {
    fires(
      [
        ["Posters are now up in every room on Delivery Suite 3.", "Delivery Suite 3"],
        ["La porte du 3e Ouest restait ouverte la nuit.", "3e Ouest"],
      ],
      "FACILITY",
    );
    silent(["The suite was refurbished last year.", "Il habite au 3e étage."], "FACILITY");
  });

  it("finds a named aide or charge nurse in a note typed in capitals", () => {
    fires(
      [
        ["PT FOUND ON FLOOR BY CNA MORALES. NO INJURY.", "MORALES"],
        ["FAMILY CALLED BY CHARGE HERNANDEZ 0520. MD AWARE.", "HERNANDEZ"],
      ],
      "PERSON",
    );
    silent(["PT SEEN BY CHARGE RN. CHARGE NURSE AWARE.", "pt seen by charge rn at 0400"], "PERSON");
  });
});

describe("bodies, titles and short weekdays", () => {
  it("finds an interpreting service after its name", () => {
    fires(
      [["An interpreter was booked through Northern Territory Interpreting Service for the meeting.", "Northern Territory Interpreting Service"]],
      "ORGANISATION",
    );
    silent(["The interpreter service was booked by the ward clerk."], "ORGANISATION");
    // A role before the word for a body is no person ("Service" is also a surname).
    silent(["The Interpreter Service was booked.", "We asked the Chaplain Team to come."], "PERSON");
  });

  it("reads Sheikh and Moulana as titles before a name", () => {
    fires(
      [
        ["The family's imam, Sheikh Yusuf Abrahams, came to the meeting.", "Yusuf Abrahams"],
        ["Moulana Ismail Dawood said a prayer at the bedside.", "Ismail Dawood"],
      ],
      "PERSON",
    );
  });

  it("finds a short weekday with an ordinal day, as hurried notes write it", () => {
    fires(
      [
        ["night shift sat 21st, only two RNs on", "sat 21st"],
        ["Seen Thurs 9th by the falls team.", "Thurs 9th"],
      ],
      "DATE",
    );
    silent(["the sun 5th floor lounge was closed", "Sat 2nd dose given at 0800", "fri 14 patients on the list"], "DATE");
  });
});
