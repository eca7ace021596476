import { describe, expect, it } from "vitest";
import { detectHandoverForms } from "~/deid/detectors/handover-forms";
import { detectHandoverPlaces } from "~/deid/detectors/handover-places";
import { covers, fires, run, silent } from "./helpers";

// Sentences of their own, in the forms blind batch 15's notes taught (none is copied from the batch).
describe("people, dates and numbers as clinical notes write them (blind batch 15)", () => {
  it("finds an age over 89 written with y, y.o. or yr old, and a pager", () => {
    fires(
      [
        ["Ward 9 obs\n97 y.o. M, readmitted with a chest infection", "97"],
        ["Mrs K, 104y F, known AF, settled overnight.", "104"],
        ["pt is a 92 yr old man from home", "92"],
      ],
      "AGE",
    );
    silent(
      ["Given 9 yo dose by weight.", "Walked 95 yds with the frame.", "Sats 95% on 2L, BP 90/50.", "ECG: QRS 96 y axis normal.", "SATS 94 Y, ON 2L"],
      "AGE",
    );
    fires(
      [
        ["Covering resident Dr Oyelowo, pgr 5521, aware of the potassium.", "5521"],
        ["PAGED DR MBEKI @ 3-8812 RE: HYPOTENSION", "3-8812"],
        ["if worse page the reg at 46631 overnight", "46631"],
      ],
      "PHONE",
    );
    silent(["BP 140/80 at 0600, pg 2 of the chart reviewed.", "Paged the team at 0300 about his pain."], "PHONE");
  });

  it("finds initials and first names signing a note before a role, a pair of initials, a role and a name at the end", () => {
    fires(
      [
        ["NSG NOTE: UOP 40/HR. CONT TO MONITOR.\nQT/WZ RN", "QT"],
        ["NSG NOTE: UOP 40/HR. CONT TO MONITOR.\nQT/WZ RN", "WZ"],
        ["plan: repeat lytes in am\nrv / pgy3", "rv"],
        ["bilan sanguin demain matin.\nmjd, inf. aux.", "mjd"],
        ["NOK informed.\nSiobhra rn", "Siobhra"],
        ["for review by the team in the morning.\nGT FY2 bleep 4417", "GT"],
        ["no complaints overnight, mobilising.\nvr/qp", "vr"],
        ["Family to ring back after lunch. Chap. Eleri", "Eleri"],
      ],
      "PERSON",
    );
    silent(["Plan discussed.\nSEE AS ABOVE RN", "Obs stable.\nabd soft\nplan as per pt", "Plan\nd/c home\npo/iv"], "PERSON");
  });

  it("finds a named day after a date's preposition and a holiday's weekend", () => {
    fires(
      [
        ["The clinic is shut until Evacuation Day, so review after that.", "Evacuation Day"],
        ["She fell at the shops on Bathurst Thursday and lay there an hour.", "Bathurst Thursday"],
        ["#humerus on matariki wknd, seen in fracture clinic", "matariki wknd"],
      ],
      "DATE",
    );
    silent(["Seen on Day 3 post-op.", "Booked for the Day Surgery Unit on Monday.", "Review on Tuesday Monday clinic moved."], "DATE");
  });

  it("finds a French day and month in figures after le, du, au, and a stay's range as one span", () => {
    fires(
      [
        ["ADMIS LE 23-08 POUR CHUTE.", "23-08"],
        ["Hospitalisée du 4/9 au 19/9 pour pneumopathie.", "4/9 au 19/9"],
      ],
      "DATE",
    );
    silent(["Les 2/3 des patients ont répondu."], "DATE");
    const fraction = "On a réduit la dose au 1/4 du comprimé.";
    expect(detectHandoverForms(fraction, () => false, fraction)).toEqual([]);
  });

  it("finds a person named after a relative by a slot in a lower-case note, and after a nurse manager's short form", () => {
    fires(
      [
        ["bed 2 - #nof. hcp is son rusty. for ot review", "rusty"],
        ["Escalated to NUM Shontelle, who will call the family.", "Shontelle"],
        ["bed 1 - L leg cellulitis. dad Sione staying, ok'd by cnm tearoha. bed 2 - empty", "tearoha"],
      ],
      "PERSON",
    );
    silent(["son and husband visited. daughter called.", "pt settled. wife aware. son updated.", "per brother request. in ED."], "PERSON");
  });

  it("finds a box in a capitals note", () => {
    fires([["RÉA - BOX 11 : PATIENT SÉDATÉ", "11"]], "ID");
    silent(["ONE BOX OF GLOVES", "2 boxes of saline"], "ID");
  });

  it("leaves clinical sentences without such forms alone", () => {
    const quiet = "pt alert and oriented.\nbp stable, hr 80s.\nplan as above.";
    expect(detectHandoverForms(quiet, () => true, quiet)).toEqual([]);
  });
});

describe("places, facilities and bodies as clinical notes write them (blind batch 15)", () => {
  it("finds a town built with a particle, a French postcode and its town, a town someone stays in", () => {
    fires(
      [
        ["DOMICILE : CHÂTILLON-SUR-CHALARONNE, VIT SEUL", "CHÂTILLON-SUR-CHALARONNE"],
        ["Her sister drove down from Bradford-on-Avon this morning.", "Bradford-on-Avon"],
        ["Médecin traitant : Dr Lucas, 3 rue Thiers, 69400 Villefranche.", "69400 Villefranche"],
        ["Daughter will stay with her cousin in Tubbercurry tonight.", "Tubbercurry"],
        ["admitted from Elmgrove Lodge (care home, Dinnington) with a fall", "Dinnington"],
        ["Lives in Umlazi BB section with her grandmother.", "Umlazi BB section"],
      ],
      "LOCATION",
    );
    silent(["HIS SISTER-IN-LAW CALLED TONIGHT.", "un arc-en-ciel dessiné par sa petite-fille", "She will stay with us in Recovery until stable."], "LOCATION");
  });

  it("finds a facility by its name and kind's acronym, a lower-case rest home, a provincial hospital, French care homes and acronyms", () => {
    fires(
      [
        ["Referred back to Inanda CHC for ARV collection.", "Inanda CHC"],
        ["lives glenavon rest home halswell. son visits daily", "glenavon rest home"],
        ["To: Casualty Officer, Paarl Provincial\nRe: assault", "Paarl Provincial"],
        ["Retour prévu à la MRS Les Peupliers la semaine prochaine.", "MRS Les Peupliers"],
        ["Le kiné du Centre de revalidation de Spa a rappelé.", "Centre de revalidation de Spa"],
        ["TRANSFERT PRÉVU VERS L'HGMS DEMAIN", "HGMS"],
      ],
      "FACILITY",
    );
    silent(["Discharged to the local CHC for dressings.", "lives the rest home on site.", "Résultat transmis vers l'ECG de contrôle."], "FACILITY");
  });

  it("finds a regional body by its place and acronym, a network's acronym, a council, a named service", () => {
    fires(
      [
        ["Referral sent to Gold Coast ACAT for assessment.", "Gold Coast ACAT"],
        ["Il est suivi par le réseau VIVALIA pour ses soins.", "VIVALIA"],
        ["Dossier transmis au Conseil départemental de la Drôme.", "Conseil départemental de la Drôme"],
        ["She gets meals through Kenmore Valley Services twice a week.", "Kenmore Valley Services"],
      ],
      "ORGANISATION",
    );
    silent(["Referred to the PHN for follow-up.", "Support comes through Community Support Services.", "via Home Care as before."], "ORGANISATION");
  });

  it("keeps a postcode's town even where the town is also a protected word", () => {
    const text = "Adresse : 12 rue Pastorelli, 06000 Nice.\nTraitement inchangé.";
    expect(covers(text, run(text).findings, "06000 Nice", "LOCATION")).toBe(true);
  });

  it("leaves clinical sentences without such forms alone", () => {
    const quiet = "Patient alert, mobilising with frame. Plan: physio review, bloods tomorrow.";
    expect(detectHandoverPlaces(quiet, () => false, quiet)).toEqual([]);
  });
});
