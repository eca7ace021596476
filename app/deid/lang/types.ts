/**
 * A language pack: the words the detectors need for one language. Adding a language means
 * writing one of these (see en.ts, fr.ts) and registering it in lang/index.ts. Detectors build
 * their patterns from the union of all registered packs (a Canadian note may mix English and
 * French), while `chronoLocale` and `stopwords` are used per language.
 */
export interface LanguagePack {
  code: string;
  /** Frequent function words, for language detection. Lower case. */
  stopwords: string[];
  /** Which chrono-node parser to use for this language. */
  chronoLocale: "en" | "fr";
  /** Titles that precede a personal name, as written (case-sensitive), without a trailing dot. */
  titles: string[];
  /** Lower-case role and kinship words after which a capitalised word is a name ("her daughter Mere"). */
  nameIntroducers: string[];
  /** Month names and abbreviations, lower case. */
  months: string[];
  /** Weekday names and abbreviations, lower case. */
  weekdays: string[];
  /** Words after a capitalised name that make it a facility ("Riverside Medical Centre"). */
  facilityHeadsAfter: string[];
  /** Words before a name that make it a facility ("Hôpital Sainte-Justine", "Clinique du Parc"). */
  facilityHeadsBefore: string[];
  /** Connectors allowed between a leading facility word and its name ("du", "de la"). */
  facilityConnectors: string[];
  /** Street-type words for addresses written number-first ("12 Kauri Street"). */
  streetWordsAfter: string[];
  /** Street-type words written before the name ("12 rue des Lilas"). */
  streetWordsBefore: string[];
  /** Company and organisation suffixes ("Ltd", "Pty", "DHB"). */
  orgSuffixes: string[];
  /** Lower-case phrases that introduce an employer ("employed by"). */
  orgIntroducers: string[];
  /** Lower-case phrases that introduce a place of residence ("lives in"). */
  locationIntroducers: string[];
  /** Lower-case phrases that introduce a facility ("admitted to", "seen at"). */
  facilityIntroducers: string[];
  /** Labels for identifiers, lower case, as regex source fragments ("medical record (?:number|no\\.?)"). */
  idLabels: string[];
  /** Regex sources matching an age; group 1 is the number of years. */
  agePatterns: string[];
  /** Capitalised words that are never names on their own (sentence starters, clinical words). */
  notNames: string[];
  /** First names that are also ordinary words; accepted only with a surname or a title. */
  ambiguousFirstNames: string[];
  /** Extra first names and surnames not in the bundled lists (lower case). */
  extraFirstNames: string[];
  extraSurnames: string[];
}
