import { describe, expect, it } from "vitest";
import { covers, fires, run, silent } from "./helpers";

describe("wards, beds and reference numbers by their shape and slot", () => {
  it("finds a ward by floor and compass word, a French unit code, a care home after its kind, a named ward with its number", () => {
    fires(
      [
        ["She was moved up to 6 South overnight.", "6 South"],
        ["HANDOVER - 11 NORTH - NIGHTS", "11 NORTH"],
        ["thanks, jo (en, 3 west)", "3 west"],
        ["Elle a été transférée dans le service 4C hier soir.", "service 4C"],
        ["Il est arrivé à l'unité B3 vers minuit.", "unité B3"],
        ["nuit calme à l'EHPAD les Glycines pour tout le monde", "les Glycines"],
        ["Sa mère vit à la résidence Bel Automne depuis deux ans.", "Bel Automne"],
        ["The fall happened on Rowan 2 after the transfer.", "Rowan 2"],
      ],
      "FACILITY",
    );
    silent(
      [
        "We live 3 km east of the town.",
        "The 2 west-facing rooms were hot all summer.",
        "She lives 5 north of the river, near the bridge.",
        "He was started on Lasix 40 and on Day 4 he went home.",
        "She is to recieve 1 bag before theatre.",
        "Le service de cardiologie a été prévenu.",
      ],
      "FACILITY",
    );
  });

  it("finds a bed or room in brackets, a lettered stretcher, a bed in a unit, slashed, member and report numbers", () => {
    fires(
      [
        ["M. Bernard Lefort (ch 21) : nuit agitée.", "21"],
        ["Mrs Ivy Hollis (bed 3) settled after midnight.", "3"],
        ["Il a passé la nuit sur le brancard B-12 au couloir.", "B-12"],
        ["She waited on trolley 4A for six hours.", "4A"],
        ["he's now in hdu bed 5, stable", "5"],
        ["Moved to ICU bed 12 at 0300.", "12"],
        ["Our reference is KLM/2023/448, please quote it.", "KLM/2023/448"],
        ["Claims go to the fund, member number GEMS 0044718255.", "GEMS 0044718255"],
        ["INCIDENT NO. RLDX 558120 ENTERED BY CHARGE RN", "RLDX 558120"],
      ],
      "ID",
    );
    silent(
      [
        "The dose was 5 mg/24/7 as charted.",
        "She had a report no. of concerns from the ward.",
        "He moved from bed to chair twice (with help).",
        "BP 120/80, HR 72, on 2 L by nasal prongs.",
      ],
      "ID",
    );
  });
});

describe("people, ages, bodies, places and days by their slot", () => {
  it("finds a patient under a bed heading, after pt in a lower-case note, a name with an Irish particle or a ligature", () => {
    fires(
      [
        ["BED 12 - FARQUHARSON, ISLA 93. SETTLED OVERNIGHT.", "FARQUHARSON, ISLA"],
        ["Bed 2: Okonkwo, Chidi - for discharge", "Okonkwo, Chidi"],
        ["pt doris blackthorn 88 from the rest home, fall overnight", "doris blackthorn"],
        ["Her mother, Máire Nic Giolla, came in with her.", "Máire Nic Giolla"],
        ["Un grand merci à Lætitia pour sa patience.", "Lætitia"],
      ],
      "PERSON",
    );
    fires(
      [
        ["BED 12 - FARQUHARSON, ISLA 93. SETTLED OVERNIGHT.", "93"],
        ["We cared for a gentleman of 97 who lived alone.", "97"],
        ["C'était une dame de 94 ans, très digne.", "94"],
      ],
      "AGE",
    );
    silent(
      [
        "BED 4 - SETTLED, COMFORTABLE. OBS STABLE.",
        "pt will mobilise 20 from the chair",
        "pt denies pain 10 from yesterday",
        "Le cœur et les œdèmes sont stables.",
      ],
      "PERSON",
    );
    // A verb's form is no surname, even where a given name and an age stand around it.
    const sings = "pt carol sings 95 from memory";
    expect(covers(sings, run(sings).findings, "sings", "PERSON")).toBe(false);
    silent(["A man of 95 kg was weighed.", "a lady of 92 minutes' walk away"], "AGE");
  });

  it("finds bodies by their head word, an insurer in its slot, a staffing firm, an acronym after its kind", () => {
    fires(
      [
        ["A copy went to the Central Adelaide Local Health Network quality team.", "Central Adelaide Local Health Network"],
        ["You may also write to the Scottish Public Services Ombudsman.", "Scottish Public Services Ombudsman"],
        ["Their insurance is Blue Shield of California.", "Blue Shield of California"],
        ["My medical aid is Momentum Health and they refused.", "Momentum Health"],
        ["He asked about the premium with Kaiser Permanente.", "Kaiser Permanente"],
        ["AGENCY RN FROM CROSS COUNTRY STAFFING ON NIGHTS", "CROSS COUNTRY STAFFING"],
        ["Sa mutuelle (MGEFI) a refusé le remboursement.", "MGEFI"],
      ],
      "ORGANISATION",
    );
    silent(
      [
        "If you are not happy you can contact the Ombudsman.",
        "Their insurance was Mary's idea in the end.",
        "The AHS PHN 48213-0021 was on the card.",
        "The union (as a whole) backed her.",
      ],
      "ORGANISATION",
    );
  });

  it("finds a reserve someone lives on, a province's or region's day, a children's hospital by its short name", () => {
    fires([["Her family lives on the Sandy Bay reserve.", "Sandy Bay"]], "LOCATION");
    fires(
      [
        ["It happened the Friday before BC Day.", "BC Day"],
        ["We flew up on Otago Anniversary Day.", "Otago Anniversary Day"],
      ],
      "DATE",
    );
    fires(
      [
        ["He was flown to Children's last spring.", "Children's"],
        ["Transferred to the Women's because of the bleeding.", "Women's"],
      ],
      "FACILITY",
    );
    silent(["The blood bank kept a reserve of O negative.", "The Children's ward was full.", "Books for Children's reading hour."], "FACILITY");
    silent(["The blood bank kept a reserve of O negative."], "LOCATION");
  });
});
