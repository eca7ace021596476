/**
 * First names and surnames of the communities the network serves, beyond the census lists: Nigerian,
 * Ghanaian, Yoruba, isiZulu, Afrikaans and South African English, Indian, Vietnamese, Senegalese, Belgian,
 * Swiss and French, Dutch, German, Italian, Polish, Portuguese and Spanish. From @faker-js/faker's locale
 * data (MIT), read from node_modules, offline. Only names that are no English word are kept, so an
 * ordinary word never becomes a name through this list ("Gift" and "Precious" are handled by context).
 */
import { faker as afZA } from "@faker-js/faker/locale/af_ZA";
import { faker as de } from "@faker-js/faker/locale/de";
import { faker as enAU } from "@faker-js/faker/locale/en_AU";
import { faker as enGH } from "@faker-js/faker/locale/en_GH";
import { faker as enIN } from "@faker-js/faker/locale/en_IN";
import { faker as enNG } from "@faker-js/faker/locale/en_NG";
import { faker as enZA } from "@faker-js/faker/locale/en_ZA";
import { faker as es } from "@faker-js/faker/locale/es";
import { faker as fr } from "@faker-js/faker/locale/fr";
import { faker as frBE } from "@faker-js/faker/locale/fr_BE";
import { faker as frCH } from "@faker-js/faker/locale/fr_CH";
import { faker as frSN } from "@faker-js/faker/locale/fr_SN";
import { faker as it } from "@faker-js/faker/locale/it";
import { faker as nl } from "@faker-js/faker/locale/nl";
import { faker as pl } from "@faker-js/faker/locale/pl";
import { faker as ptBR } from "@faker-js/faker/locale/pt_BR";
import { faker as vi } from "@faker-js/faker/locale/vi";
import { faker as yoNG } from "@faker-js/faker/locale/yo_NG";
import { faker as zuZA } from "@faker-js/faker/locale/zu_ZA";

const LOCALES = [afZA, de, enAU, enGH, enIN, enNG, enZA, es, fr, frBE, frCH, frSN, it, nl, pl, ptBR, vi, yoNG, zuZA];

type NameList = string[] | Record<string, string[]> | undefined;
const flat = (x: NameList): string[] => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());

/**
 * Lower-case name parts (a Vietnamese "Bình Minh" gives "bình" and "minh"), Latin script, no English word
 * and none of the `common` words; at least four letters, since shorter ones collide with clinical shorthand
 * ("Abd", "Sao").
 */
export function worldNames(english: ReadonlySet<string>, common: ReadonlySet<string>): { first: Set<string>; last: Set<string> } {
  const keep = (names: string[], into: Set<string>) => {
    for (const name of names) {
      for (const part of name.toLowerCase().split(/[\s]+/)) {
        if (part.length >= 4 && /^[\p{Script=Latin}'’-]+$/u.test(part) && !english.has(part) && !common.has(part)) into.add(part);
      }
    }
  };
  const first = new Set<string>();
  const last = new Set<string>();
  for (const f of LOCALES) {
    const person = f.rawDefinitions.person as { first_name?: NameList; last_name?: NameList } | undefined;
    keep(flat(person?.first_name), first);
    keep(flat(person?.last_name), last);
  }
  return { first, last };
}
