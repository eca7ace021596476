import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("named days no list holds, by their form (session 12), on sentences of our own", () => {
  it("finds a capitalised day's name where a date goes", () => {
    fires(
      [
        ["The clinic was shut on Otago Anniversary Day so her review slipped.", "Otago Anniversary Day"],
        ["We met again over the Regatta Day weekend at her sister's.", "Regatta Day"],
        ["On 4 August, Civic Holiday Monday, no; on August 5, Heritage Festival Day, the family came.", "Heritage Festival Day"],
        ["He fell the evening before Show Day and nobody rang us.", "Show Day"],
        ["Her last admission was around Canterbury Cup Day 2019, I think.", "Canterbury Cup Day 2019"],
        ["Ward handover (Ascension day, short staffed) - bed 2 stable.", "Ascension day"],
        ["A quiet shift until Armed Forces Day, then three admissions.", "Armed Forces Day"],
      ],
      "DATE",
    );
  });

  it("finds a day's name before a holiday weekend in a note typed in lower case", () => {
    fires([["family visited over the regatta day long weekend, all well.", "regatta day"]], "DATE");
  });

  it("finds French named days", () => {
    fires(
      [
        ["Elle est tombée pendant la fête des Patriotes, seule chez elle.", "fête des Patriotes"],
        ["La rencontre a eu lieu après le Jour du Drapeau.", "Jour du Drapeau"],
        ["Son fils est venu pour la Journée mondiale du rein.", "Journée mondiale du rein"],
      ],
      "DATE",
    );
  });

  it("leaves services, counts, ordinary days and people named Day", () => {
    silent(
      [
        "She was booked into Day Surgery for the morning list.",
        "Transferred to the Day Unit after the procedure.",
        "He went home from the Day Stay lounge at four.",
        "Post-op Day 3: mobilising with a frame.",
        "It was a Long Day for everyone on the ward.",
        "We held a Study Day on falls prevention for the new graduates.",
        "The family thanked us for a Good Day out.",
        "Every Day counts, the poster said.",
        "He loved the films of Doris Day, his daughter said.",
        "Il est suivi à l'hôpital de jour de gériatrie.",
        "Nous avons fêté la fête de Marie dans sa chambre.",
        "Dialysis Day, as she calls it, tires her out.",
      ],
      "DATE",
    );
  });
});
