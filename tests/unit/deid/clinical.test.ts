import { describe, expect, it } from "vitest";
import { run } from "./helpers";

/** Clinical vocabulary in sentences: none of these may be overlapped by a finding. */
const SENTENCES: Array<[string, string[]]> = [
  ["He has Parkinson's disease and early Alzheimer's.", ["Parkinson's disease", "Alzheimer's"]],
  ["The Glasgow Coma Scale was 9 and the Apgar score was 7.", ["Glasgow Coma Scale", "Apgar score"]],
  ["A Foley catheter was inserted and the Wells score was low.", ["Foley catheter", "Wells score"]],
  ["Cushing's syndrome was considered; Down syndrome had been excluded.", ["Cushing's syndrome", "Down syndrome"]],
  ["Hodgkin lymphoma is in remission and Crohn's disease is quiet.", ["Hodgkin lymphoma", "Crohn's disease"]],
  ["Gram stain showed cocci and a Babinski sign was present.", ["Gram stain", "Babinski sign"]],
  ["The Braden scale and the Waterlow score were both done.", ["Braden scale", "Waterlow score"]],
  ["Graves' disease and Hashimoto's thyroiditis were discussed.", ["Graves' disease", "Hashimoto's thyroiditis"]],
  ["She has Raynaud's phenomenon and Sjögren's syndrome.", ["Raynaud's phenomenon", "Sjögren's syndrome"]],
  ["Guillain-Barré syndrome followed; IVIG was started.", ["Guillain-Barré syndrome", "IVIG"]],
  ["The Framingham Risk Score and the CHA2DS2-VASc score were high.", ["Framingham Risk Score", "CHA2DS2-VASc score"]],
  ["A Morse Fall Scale of 45 and the Beers criteria flagged risk.", ["Morse Fall Scale", "Beers criteria"]],
  ["Kaposi sarcoma and a positive Mantoux test were noted.", ["Kaposi sarcoma", "Mantoux test"]],
  ["The Heimlich manoeuvre worked; a Holter monitor was fitted.", ["Heimlich manoeuvre", "Holter monitor"]],
  ["Wilson's disease and Addison's disease are rare.", ["Wilson's disease", "Addison's disease"]],
  ["Bell's palsy resolved; Tourette syndrome was diagnosed in childhood.", ["Bell's palsy", "Tourette syndrome"]],
  ["The charge nurse, the registrar and the midwife met the consultant.", ["charge nurse", "registrar", "midwife", "consultant"]],
  ["L'infirmière de nuit a appelé le médecin de garde.", ["infirmière de nuit", "médecin de garde"]],
  ["Levodopa 100 mg, insulin 10 units and haloperidol 5 mg were given.", ["Levodopa", "100 mg", "10 units", "haloperidol", "5 mg"]],
  ["She went from the ward to ICU and then to the emergency department.", ["the ward", "ICU", "emergency department"]],
  ["In 2021 a 45-year-old was seen; in 2023 an 85-year-old.", ["2021", "45", "2023", "85"]],
  ["La maladie de Parkinson et l'échelle de Braden ont été notées.", ["maladie de Parkinson", "échelle de Braden"]],
  ["Une sonde de Foley a été posée; le score d'Apgar était bas.", ["sonde de Foley", "score d'Apgar"]],
  ["A Swan-Ganz catheter and a Hickman line were placed.", ["Swan-Ganz catheter", "Hickman line"]],
  ["The Ottawa ankle rules and the Canadian CT head rule were applied.", ["Ottawa ankle rules", "Canadian CT head rule"]],
  ["Tetralogy of Fallot was repaired; Marfan syndrome was suspected.", ["Tetralogy of Fallot", "Marfan syndrome"]],
  ["Huntington's disease runs in the family; Lyme disease was excluded.", ["Huntington's disease", "Lyme disease"]],
  ["The NEWS2 score was 7 and SBAR was used at handover.", ["NEWS2 score", "SBAR"]],
];

describe("clinical vocabulary survives", () => {
  const terms = SENTENCES.flatMap(([, t]) => t);
  it("covers at least 30 terms", () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
  });
  for (const [sentence, ts] of SENTENCES) {
    it(`no finding overlaps: ${ts.join(", ")}`, () => {
      const { findings } = run(sentence);
      for (const term of ts) {
        const at = sentence.indexOf(term);
        expect(at, term).toBeGreaterThanOrEqual(0);
        const hit = findings.filter((f) => f.start < at + term.length && at < f.end);
        expect(
          hit.map((f) => `${f.type}:${f.text}`),
          term,
        ).toEqual([]);
      }
    });
  }
  it("a titled person with an eponymous surname is still found", () => {
    const { findings } = run("Mr Parkinson was reviewed by Dr Foley.");
    expect(findings.filter((f) => f.type === "PERSON").map((f) => f.text)).toEqual(["Parkinson", "Foley"]);
  });
});
