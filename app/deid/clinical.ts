import AhoCorasick from "modern-ahocorasick";
import { capRunStart, foldAscii, lowerSameLength, prevWord } from "./util";

/**
 * Clinical vocabulary that must survive de-identification: eponymous diseases, signs, scales,
 * devices and procedures, and capitalised clinical acronyms. Any span matched here (or by the
 * "Name + clinical head noun" rule in `protectedSpans`) blocks PERSON/LOCATION/FACILITY/ORG
 * candidates that overlap it.
 */
const EPONYMS = `
parkinson parkinson's parkinsonism alzheimer alzheimer's crohn crohn's cushing cushing's addison
addison's graves graves' hashimoto hashimoto's hodgkin hodgkin's non-hodgkin down's huntington
huntington's guillain-barré guillain-barre guillain barré barre kawasaki raynaud raynaud's sjogren
sjögren sjogren's sjögren's von willebrand tourette tourette's asperger asperger's apgar waterlow
braden norton glasgow glasgow-blatchford blatchford rockall wells wells' geneva foley hickman picc
swan-ganz swan ganz gram gram-negative gram-positive babinski babinski's kernig brudzinski mcburney
mcburney's rovsing trendelenburg homans romberg romberg's chvostek trousseau trousseau's lhermitte
tinel phalen finkelstein lachman mcmurray allen's rinne dix-hallpike epley valsalva heimlich
seldinger whipple whipple's hartmann's hartmann nissen billroth roux-en-y kaposi kaposi's ewing
ewing's wilms wilms' burkitt burkitt's barrett barrett's zollinger-ellison mallory-weiss boerhaave
wernicke wernicke's korsakoff korsakoff's creutzfeldt-jakob creutzfeldt tay-sachs gaucher marfan
marfan's ehlers-danlos turner's klinefelter klinefelter's prader-willi angelman rett duchenne
stevens-johnson reiter's reye's reye kussmaul kussmaul's cheyne-stokes cheyne stokes korotkoff
virchow virchow's beck's charcot charcot's osler osler's gleason gleason's breslow karnofsky ecog
nyha child-pugh child pugh meld ranson ranson's apache curb-65 crb-65 news2 pews mews qsofa sofa
sirs gcs nihss mrankin rankin barthel mmse moca flacc wong-baker frax chads2 cha2ds2-vasc has-bled
timi centor mcisaac nexus perc alvarado postnatal epds phq-9 gad-7 audit-c beers stopp mallampati
cormack-lehane cormack lehane aldrete rass cam-icu salter-harris salter harris colles colles'
monteggia galeazzi bennett's boxer's jefferson hangman's lisfranc maisonneuve pott's pott pilon
segond stener hill-sachs bankart osgood-schlatter osgood schlatter perthes legg-calvé-perthes
scheuermann dupuytren dupuytren's de quervain quervain's baker's morton's neuroma achilles achilles'
heberden heberden's bouchard's sever's kienböck kienbock fallot eisenmenger ebstein
wolff-parkinson-white brugada wenckebach holter bruce doppler fontan blalock-taussig blalock norwood
rastelli pfannenstiel mcroberts mcroberts' zavanelli ritgen coombs coombs' kleihauer kleihauer-betke
ziehl-neelsen ziehl neelsen giemsa papanicolaou pap schilling mantoux heaf quantiferon westergren
wintrobe clostridium helicobacter pylori escherichia staphylococcus streptococcus klebsiella
listeria legionella salmonella pseudomonas candida aspergillus epstein-barr epstein coxsackie
norovirus rotavirus zika ebola lyme chagas hansen's horner's horner brown-séquard brown-sequard cori
pompe fabry niemann-pick hurler sanfilippo paget paget's peyronie peyronie's meniere meniere's
ménière ménière's conn's sheehan's waterhouse-friderichsen friedreich friedreich's takayasu
takayasu's behcet behçet behcet's behçet's wegener wegener's churg-strauss goodpasture goodpasture's
alport berger's buerger buerger's munchausen munchausen's capgras cotard rett's angelman's
hirschsprung hirschsprung's meckel meckel's fowler's sims' ryle's ryles sengstaken-blakemore
sengstaken guedel yankauer ambu entonox venflon luer luer-lock lock venturi bair hugger tegaderm
mepilex jaques' redivac dextrose ringer's ringer plasma-lyte heparin warfarin apixaban rivaroxaban
dabigatran clexane enoxaparin augmentin tamiflu ventolin panadol tylenol nurofen advil lasix
synthroid eliquis xarelto pradaxa keytruda humira epipen epi-pen narcan suboxone methadone oxycontin
endone tramal fentanyl morphine ketamine propofol midazolam lorazepam haloperidol olanzapine
quetiapine risperidone clozapine lithium
doliprane dafalgan efferalgan kardégic kardegic lasilix modopar lévothyrox levothyrox tercian inexium spasfon
smecta xanax lexomil stilnox seresta imovane zymad uvedose previscan coumadine sintrom lovenox innohep fragmin
calciparine topalgic skenan actiskenan oxynorm durogesic dilaudid sinemet oramorph ventoline seretide symbicort
spiriva atrovent risperdal zyprexa tahor crestor kenzen coversyl amlor aprovel cozaar lamaline kaleorid diffu-k
`;

const ACRONYMS = `
ICU NICU PICU HDU CCU ED ER A&E AMU MAU SAU EAU CDU PACU OR OT GP RN EN HCA NP PA RMO SMO HO SHO
SpR MO CNS CNM DON ADON NUM CNM SCBU PAED PAEDS ECG EKG EEG EMG MRI CT PET CXR AXR FBC CBC CRP ESR
INR APTT LFT LFTs U&E U&Es BMP CMP HbA1c TSH BNP ABG VBG GCS AVPU NEWS NEWS2 EWS MEWS PEWS SBAR
ISBAR DNR DNACPR NFR CPR BLS ALS ACLS PALS ROSC VF VT PEA AF SVT STEMI NSTEMI ACS MI CVA TIA DVT PE
COPD CHF CKD AKI ESRD UTI LRTI URTI CAP HAP VAP MRSA VRE CPE CDI TB HIV AIDS HCV HBV COVID SARS
COVID-19 RSV MS ALS MND ADHD ASD PTSD OCD GAD MDD BPAD IDDM NIDDM T1DM T2DM DKA HHS PPH PROM PPROM
IVF IUGR SGA LGA CTG VBAC LSCS CS SVD NVD IOL EBL APH FHR NG NJ PEG PICC CVC IV IM SC PO PR PRN
STAT BD TDS QID OD NBM DRE WHO NICE ACC HDC HQSC ACSQHC CQC HIQA CIHI ISMP SOP RCA
`;

/** Head nouns after which a capitalised word is clinical vocabulary, not a person ("Wells score"). */
export const CLINICAL_HEADS = [
  "disease",
  "syndrome",
  "sign",
  "signs",
  "scale",
  "score",
  "scores",
  "test",
  "tests",
  "reflex",
  "criteria",
  "classification",
  "catheter",
  "lymphoma",
  "sarcoma",
  "palsy",
  "phenomenon",
  "procedure",
  "manoeuvre",
  "maneuver",
  "stain",
  "tube",
  "position",
  "triad",
  "law",
  "equation",
  "formula",
  "index",
  "protocol",
  "tool",
  "chart",
  "mask",
  "drain",
  "needle",
  "splint",
  "fracture",
  "operation",
  "repair",
  "incision",
  "block",
  "approach",
  "anomaly",
  "malformation",
  "deformity",
  "disorder",
  "ulcer",
  "node",
  "nodes",
  "tumour",
  "tumor",
  "cyst",
  "neuroma",
  "contracture",
  "cell",
  "cells",
  "body",
  "bodies",
  "ratio",
  "grade",
  "staging",
  "stage",
  "rule",
  "rules",
  "questionnaire",
  "inventory",
  "assessment",
  "method",
  "technique",
  "valve",
  "shunt",
  "line",
  "frame",
  "dementia",
  "encephalopathy",
  "neuropathy",
  "dystrophy",
  "ataxia",
  "chorea",
  "anaemia",
  "anemia",
  "thyroiditis",
  "arteritis",
  "vasculitis",
  "sclerosis",
  "fever",
  "virus",
  "infection",
  "agar",
  "maladie",
  "syndrome",
  "signe",
  "échelle",
  "score",
  "test",
  "sonde",
  "classification",
  "manœuvre",
  "critères",
  "réflexe",
  "lymphome",
  "study",
  "studies",
  "trial",
  "trials",
  "cohort",
  "registry",
  "angina",
  "aneurysm",
  "hernia",
  "paralysis",
  "canal",
  "duct",
  "gland",
  "artery",
  "vein",
  "nerve",
  "muscle",
  "ligament",
  "membrane",
  "pouch",
];

/** Lower-case words allowed between an eponym and its head ("Framingham risk score", "Glasgow coma scale"). */
const MODIFIERS =
  "risk|coma|fall|falls|pain|early|warning|severity|stroke|bleeding|sedation|agitation|depression|anxiety|frailty|" +
  "pressure|injury|outcome|performance|functional|mental|state|status|cognitive|screening|prognostic|nutrition|" +
  "malnutrition|universal|modified|revised|simplified|clinical|ankle|knee|head|spine|neck|cervical|gait|balance|" +
  "sore|ulcer|delirium|dementia|sleepiness|acuity|triage|trauma|bleed|dyspnoea|dyspnea|heart|failure|liver|kidney";

const headAlternation = () => CLINICAL_HEADS.flatMap((h) => [h, h[0].toUpperCase() + h.slice(1)]).join("|");

const NAME_CASE = /^\p{Lu}\p{Ll}+$/u;
let matcher: AhoCorasick<null> | null = null;
let MULTI_SET = new Set<string>();
let ACRONYM_SET = new Set<string>();
let FOLDED_STRONG = new Set<string>();
function getMatcher(): AhoCorasick<null> {
  if (!matcher) {
    const words = new Set<string>();
    for (const line of EPONYMS.split("\n")) {
      for (const w of line.split(/\s+/)) if (w) words.add(w.toLowerCase());
    }
    MULTI_SET = new Set(MULTIWORD);
    ACRONYM_SET = new Set(
      ACRONYMS.split(/\s+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase()),
    );
    for (const phrase of MULTI_SET) words.add(phrase);
    for (const w of ACRONYM_SET) words.add(w);
    FOLDED_STRONG = new Set([...MULTI_SET, ...ACRONYM_SET].map(foldAscii));
    matcher = new AhoCorasick<null>([...words].map(foldAscii));
  }
  return matcher;
}

/** Multi-word clinical phrases (lower case) protected as a whole. */
const MULTIWORD = [
  "glasgow coma scale",
  "tetralogy of fallot",
  "rule of nines",
  "lund and browder",
  "bair hugger",
  "down syndrome",
  "down's syndrome",
  "bell's palsy",
  "baker's cyst",
  "still's disease",
  "rocky mountain spotted fever",
  "west nile",
  "ross river",
  "lou gehrig's disease",
  "ann arbor",
  "grey turner",
  "heart score",
  "grace score",
  "swan-ganz catheter",
  "de quervain",
  "hunter syndrome",
  "new york heart association",
  "apgar score",
  "braden scale",
  "waterlow score",
  "morse fall scale",
  "wells score",
  "gram stain",
  "babinski sign",
  "foley catheter",
  "hodgkin lymphoma",
  "mini-mental",
  "richmond agitation-sedation scale",
  "edinburgh postnatal depression scale",
  "bristol stool chart",
  "maladie de parkinson",
  "maladie d'alzheimer",
  "maladie de crohn",
  "syndrome de down",
  "échelle de glasgow",
  "score d'apgar",
  "sonde de foley",
  "maladie de hodgkin",
  "trisomie 21",
  "lyme disease",
  "e. coli",
  "epstein-barr virus",
  "q fever",
  "cheyne-stokes breathing",
  "allen's test",
  "murphy's sign",
  "smith's fracture",
  "lund and browder chart",
  "bishop score",
  "ottawa ankle rules",
  "canadian ct head rule",
  "abbey pain scale",
  "curb-65",
  "wilson's disease",
  "hunter's syndrome",
  "mallory-weiss tear",
  "roux-en-y",
  "whipple procedure",
  "jones fracture",
  "bennett's fracture",
  "colles' fracture",
  "colles fracture",
  "grey turner's sign",
  "cullen's sign",
  "kernig's sign",
  "still's disease",
  "pap smear",
  "ringer's lactate",
  "hartmann's solution",
  "plasma-lyte",
];

const WORDCH = /[\p{L}\p{N}~]/u;

export interface Span {
  start: number;
  end: number;
}

/** A protected span. `weak` = a single eponym word, which only blocks weak candidates. */
export interface ProtectedSpan extends Span {
  strength: "weak" | "strong" | "head";
}

const HEAD_RE = new RegExp(String.raw`(?<![\p{L}])(?:${headAlternation()})(?![\p{L}])`, "gu");
const MODIFIER_SET = new Set(MODIFIERS.split("|"));

/** "Name('s) [modifier] [modifier] head": walk left from each clinical head word. */
const UNIVERSITY_FIRST = /^(?:U|Univ\.?|University|Université|Universite)[ \t]/u;
function eponymSpans(text: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  for (const m of text.matchAll(HEAD_RE)) {
    let s = m.index!;
    for (let k = 0; k < 2; k++) {
      const w = prevWord(text, s);
      if (w && MODIFIER_SET.has(w.word)) s = w.start;
      else break;
    }
    const start = capRunStart(text, s, 4);
    // A university's own protocol or scale ("per U Maryland scale") names a place, not a person: not protected.
    if (start !== null && UNIVERSITY_FIRST.test(text.slice(start, start + 12))) continue;
    if (start !== null) out.push({ start, end: m.index! + m[0].length, strength: "head" });
  }
  return out;
}
const FR_HEAD_BEFORE = /\b(?:maladie|syndrome|signe|échelle|score|sonde|test|manœuvre|réflexe)\s+(?:de\s+|d['’]\s*|du\s+)?\p{Lu}[\p{L}'’-]*/gu;

/** Whether the hyphenated token holding `pos` opens with a capital: a proper name. */
function insideCapitalisedCompound(text: string, pos: number): boolean {
  let s = pos;
  while (s > 0 && /[\p{L}\p{M}'’-]/u.test(text[s - 1])) s--;
  return /^\p{Lu}/u.test(text[s] ?? "");
}

/** Spans of clinical vocabulary in `text` (already lower-cased copy passed as `lower`). */
export function protectedSpans(text: string, lower: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  const folded = foldAscii(lower);
  for (const m of getMatcher().iterate(folded)) {
    // Whole words only (checked here: the library's Unicode boundary mode is much slower).
    if (m.start > 0 && WORDCH.test(folded[m.start - 1])) continue;
    if (m.end < folded.length && WORDCH.test(folded[m.end])) continue;
    // A particle inside a hyphenated place name is no clinical term ("Quillebœuf-en-Caux", "Pays-d'en-Haut").
    if (
      (folded[m.start - 1] === "-" || folded[m.start - 1] === "'") &&
      folded[m.end] === "-" &&
      /^\p{Ll}+$/u.test(text.slice(m.start, m.end)) &&
      insideCapitalisedCompound(text, m.start)
    )
      continue;
    const strong = FOLDED_STRONG.has(m.pattern);
    // A short acronym written as a name ("Son, Ed, was updated", "call Don Reid") is the name: acronyms
    // are written in capitals, and notes typed in one case reach here truecased.
    if (strong && ACRONYM_SET.has(m.pattern) && m.end - m.start <= 3 && NAME_CASE.test(text.slice(m.start, m.end))) {
      if (m.start > 0 && !/[.!?:\n]\s*$/u.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    }
    out.push({ start: m.start, end: m.end, strength: strong ? "strong" : "weak" });
  }
  out.push(...eponymSpans(text));
  for (const m of text.matchAll(FR_HEAD_BEFORE)) out.push({ start: m.index!, end: m.index! + m[0].length, strength: "head" });
  return out;
}

/**
 * Word shapes of medicine that no word list holds in full: specialties and procedures ("Oncology",
 * "colectomy"), conditions ("cholangitis", "hyperkalaemia") and drug stems of the WHO's INN scheme ("metoprolol",
 * "rituximab", "pantoprazole", "dapagliflozin", "apixaban", "amlodipine"). Endings shared with names ("-ine", "-one", "-ide": Christine, Simone, Adelaide) are left out.
 */
const CLINICAL_SHAPE =
  /(?:olog(?:y|ist|ical)|ectom(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|plasty|scop(?:y|ic)|itis|osis|a?emia|pathy|algia|ectasis|megaly|penia|rrh(?:o)?ea|uria|plegia|paresis|troph(?:y|ic)|lysis|graphy|iatr(?:y|ic|ics)|therapy|cardia|pn(?:o)?ea|kal(?:a)?emia|natr(?:a)?emia|olol|pril|sartan|statin|mab|tinib|azole|cillin|mycin|floxacin|tidine|prazole|azepam|zolam|codone|parin|setron|triptan|dronate|gliptin|glitazone|profen|cycline|terol|olone|asone|lukast|vir|gliflozin|glutide|xaban|gatran|oxetine|triptyline|dipine|semide|thiazide|zosin|afil|parib|ciclib|platin|rubicin|taxel|flurane|curonium)$/;
export function hasClinicalShape(word: string): boolean {
  return word.length >= 6 && CLINICAL_SHAPE.test(foldAscii(lowerSameLength(word)));
}

/** True when `word` (any case) is a known clinical term or acronym. */
export function isClinicalWord(word: string): boolean {
  const lw = foldAscii(lowerSameLength(word));
  const hits = getMatcher().search(lw);
  return hits.some((h) => h.start === 0 && h.end === lw.length);
}

export { lowerSameLength };
