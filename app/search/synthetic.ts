// Deterministic synthetic libraries for benchmarks and tests: resources, case learnings and
// facilitators with realistic titles, summaries and bodies drawn from the domain vocabulary,
// and random (seeded) taxonomy values. Same seed, same documents, on every machine.

import type { SearchDocument, SearchKind } from "~/search/engine/types";
import { COUNTRIES, EVENT_TYPES, LANGUAGES, RESOURCE_TYPES, TOPICS } from "~/taxonomy";

export interface SyntheticLibraryOptions {
  count: number;
  seed?: number;
  /** Share of each kind; defaults to 60% resources, 30% learnings, 10% facilitators. */
  mix?: Partial<Record<SearchKind, number>>;
  /** updatedAt values fall in the year before this instant (epoch ms). */
  now?: number;
}

/** A small, fast, seedable PRNG (mulberry32): not for security, only for reproducibility. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `k` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A random RFC 4122 version-4-shaped UUID drawn from this generator. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = "4";
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const s = hex.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

const GERUNDS = [
  "Humanizing",
  "Humanising",
  "Rebuilding",
  "Restoring",
  "Repairing",
  "Healing",
  "Listening to",
  "Learning from",
  "Responding to",
  "Understanding",
  "Supporting",
  "Acknowledging",
  "Reimagining",
  "Navigating",
  "Disclosing",
];
const HARMS = [
  "harm",
  "adverse events",
  "medication errors",
  "maternity harm",
  "surgical harm",
  "diagnostic error",
  "patient safety incidents",
  "serious incidents",
  "falls",
  "healthcare-associated infection",
  "harm between colleagues",
  "birth trauma",
];
const PURPOSES = [
  "a restorative approach to heal and learn",
  "what families need after harm",
  "lessons for leaders",
  "a relational model of accountability",
  "restorative just culture in practice",
  "open disclosure and the duty of candour",
  "supporting the involved clinician",
  "from blame to repair",
  "hohou te rongo and peacemaking",
  "the voice of whānau",
  "a guide for facilitators",
  "evidence from an evaluation",
];
const ADJECTIVES = [
  "restorative",
  "relational",
  "compassionate",
  "trauma-informed",
  "person-centred",
  "culturally safe",
  "psychologically safe",
  "just",
  "transparent",
  "collaborative",
  "respectful",
  "accountable",
  "inclusive",
  "reflective",
];
const NOUNS = [
  "conversation",
  "conference",
  "circle",
  "disclosure",
  "apology",
  "review",
  "inquiry",
  "meeting",
  "process",
  "framework",
  "toolkit",
  "pathway",
  "dialogue",
  "response",
  "investigation",
  "debrief",
];
const PEOPLE = [
  "patients",
  "families",
  "whānau",
  "clinicians",
  "nurses",
  "midwives",
  "doctors",
  "pharmacists",
  "surgeons",
  "managers",
  "leaders",
  "facilitators",
  "regulators",
  "consumers",
  "carers",
  "colleagues",
  "second victims",
  "involved clinicians",
];
const SETTINGS = [
  "maternity unit",
  "emergency department",
  "operating theatre",
  "intensive care",
  "mental health service",
  "aged care facility",
  "general practice",
  "community pharmacy",
  "paediatric ward",
  "rural hospital",
  "hospital ward",
  "birthing centre",
];
const EVENTS = [
  "a medication error",
  "a missed diagnosis",
  "a wrong-site surgery",
  "a fall on the ward",
  "a delayed transfer",
  "a transfusion reaction",
  "a communication breakdown at handover",
  "an equipment failure",
  "a retained swab",
  "a stillbirth",
  "a hospital-acquired infection",
  "a delayed caesarean",
];
const VERBS = ["explores", "describes", "examines", "evaluates", "outlines", "shares", "reflects on", "compares", "documents", "proposes"];
const OUTCOMES = [
  "trust was rebuilt",
  "the family felt heard",
  "staff wellbeing improved",
  "complaints decreased",
  "the apology was accepted",
  "practice changed across the service",
  "the clinician returned to work",
  "learning was shared nationally",
  "relationships were repaired",
  "the investigation became less adversarial",
];
const CONNECTORS = ["Importantly,", "In practice,", "Over time,", "At first,", "Afterwards,", "Crucially,", "Notably,", "In this case,"];

const FIRST_NAMES = [
  "Aroha",
  "Mere",
  "Tamati",
  "Émilie",
  "José",
  "Siobhán",
  "Ngaire",
  "Priya",
  "Kwame",
  "Ingrid",
  "Mateus",
  "Zoë",
  "Hiroshi",
  "Amara",
  "Liam",
  "Sione",
  "Lena",
  "François",
  "Aisling",
  "Rangi",
];
const LAST_NAMES = [
  "Ngātai",
  "Dubois",
  "Álvarez",
  "O'Connell",
  "Walker",
  "Patel",
  "Mensah",
  "Johansson",
  "Silva",
  "Tanaka",
  "Okafor",
  "Murphy",
  "Tuilagi",
  "Schmidt",
  "Müller",
  "Te Whata",
  "Nguyen",
  "Fitzgerald",
  "Kowalski",
  "Brennan",
];
const FACILITATOR_ROLES = [
  "restorative practitioner",
  "mediator",
  "nurse facilitator",
  "patient safety lead",
  "family liaison",
  "clinical psychologist",
  "cultural advisor",
  "circle keeper",
];

/** Invented words give the vocabulary the long tail real libraries have (names, jargon, places). */
const SYLLABLES = ["ka", "to", "ri", "ne", "mo", "la", "su", "ve", "pa", "tho", "gri", "bel", "dan", "ost", "umi", "ker", "zen", "ph", "qua", "lin"];

const TOPIC_VALUES = TOPICS.map((t) => t.value);
const RESOURCE_TYPE_VALUES = RESOURCE_TYPES.map((t) => t.value);
const EVENT_TYPE_VALUES = EVENT_TYPES.map((t) => t.value);
const COUNTRY_CODES = Object.keys(COUNTRIES);
const LANGUAGE_CODES = Object.keys(LANGUAGES);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a restorative circle", "an inclusive circle". */
function withArticle(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

function inventedWord(random: SeededRandom): string {
  return Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join("");
}

function sentence(random: SeededRandom): string {
  const templates: (() => string)[] = [
    () => `This ${random.pick(NOUNS)} ${random.pick(VERBS)} how ${random.pick(PEOPLE)} experience ${random.pick(HARMS)} in the ${random.pick(SETTINGS)}.`,
    () =>
      `${random.pick(CONNECTORS)} ${withArticle(`${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`)} brought together ${random.sample(PEOPLE, 2).join(" and ")}.`,
    () => `After ${random.pick(EVENTS)}, ${random.pick(OUTCOMES)}.`,
    () => `The ${random.pick(ADJECTIVES)} approach asks who was hurt, what they need, and whose obligation it is to meet those needs.`,
    () => `${capitalise(random.pick(PEOPLE))} described the ${random.pick(NOUNS)} as ${random.pick(ADJECTIVES)} and ${random.pick(ADJECTIVES)}.`,
    () => `Open disclosure, a sincere apology and ${withArticle(`${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`)} helped ${random.pick(PEOPLE)} heal.`,
    () =>
      `Researchers in ${random.pick(Object.values(COUNTRIES))} worked with the ${inventedWord(random)} ${random.pick(NOUNS)} team on ${random.pick(HARMS)}.`,
  ];
  return random.pick(templates)();
}

function paragraph(random: SeededRandom, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(" ");
}

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}

function pickKind(random: SeededRandom, mix: Record<SearchKind, number>): SearchKind {
  const total = mix.resource + mix.learning + mix.facilitator;
  let roll = random.next() * total;
  for (const kind of ["resource", "learning", "facilitator"] as const) {
    roll -= mix[kind];
    if (roll < 0) return kind;
  }
  return "resource";
}

function titleFor(random: SeededRandom, kind: SearchKind): string {
  if (kind === "facilitator") return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  if (kind === "learning") {
    return `${capitalise(random.pick(EVENTS).replace(/^an? /, ""))} in the ${random.pick(SETTINGS)}: ${random.pick(OUTCOMES)}`;
  }
  return random.chance(0.5)
    ? `${random.pick(GERUNDS)} ${random.pick(HARMS)}: ${random.pick(PURPOSES)}`
    : `${capitalise(random.pick(ADJECTIVES))} ${random.pick(NOUNS)}s after ${random.pick(HARMS)}`;
}

function summaryFor(random: SeededRandom, kind: SearchKind): string {
  if (kind === "facilitator") {
    return `${capitalise(random.pick(FACILITATOR_ROLES))} supporting ${random.sample(PEOPLE, 2).join(" and ")} after ${random.pick(HARMS)}.`;
  }
  return paragraph(random, random.int(1, 2));
}

function languagesFor(random: SeededRandom): string[] {
  // Most of the library is in English; a third is also or only in another language.
  const languages = random.chance(0.85) ? ["en"] : [];
  if (languages.length === 0 || random.chance(0.3)) languages.push(random.pick(LANGUAGE_CODES.filter((l) => l !== "en")));
  return languages;
}

export function generateSyntheticDocument(random: SeededRandom, kind: SearchKind, now: number): SearchDocument {
  const uuid = random.uuid();
  const title = titleFor(random, kind);
  const year = kind === "facilitator" ? null : random.int(2000, 2025);
  const yearAgo = now - 365 * 24 * 3600 * 1000;
  return {
    id: `${kind}:${uuid}`,
    kind,
    slug: `${slugify(title)}-${uuid.slice(0, 8)}`,
    title,
    summary: summaryFor(random, kind),
    body: paragraph(random, random.int(4, 12)),
    type: kind === "resource" ? random.pick(RESOURCE_TYPE_VALUES) : kind === "learning" ? random.pick(EVENT_TYPE_VALUES) : null,
    topics: random.sample(TOPIC_VALUES, random.int(1, 4)),
    countries: random.sample(COUNTRY_CODES, random.int(1, 2)),
    languages: languagesFor(random),
    year,
    updatedAt: random.int(yearAgo, now),
    verifiedAt: kind === "facilitator" && random.chance(0.8) ? random.int(yearAgo, now) : null,
  };
}

/** `count` documents; identical for identical options. */
export function generateSyntheticLibrary(options: SyntheticLibraryOptions): SearchDocument[] {
  const random = new SeededRandom(options.seed ?? 42);
  const mix = { resource: 0.6, learning: 0.3, facilitator: 0.1, ...options.mix };
  const now = options.now ?? Date.UTC(2026, 0, 1);
  return Array.from({ length: options.count }, () => generateSyntheticDocument(random, pickKind(random, mix), now));
}
