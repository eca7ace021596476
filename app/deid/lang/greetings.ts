/**
 * Greetings, thanks and sign-offs in the languages of the network's countries and their Pacific and African
 * communities: never a person or a place, though they open or close a letter where a name would ("Tēnā koe
 * Dr …", "Talofa lava.", "Groete Annelie", "Ngiyabonga."). No package of this kind is installed, so this is a short
 * list (lower case, as written with and without macrons) from the everyday forms taught by Te Aka Māori Dictionary
 * (te reo Māori), the Samoan, Tongan, Cook Islands Māori, Niuean and Fijian language-week resources of New Zealand's
 * Ministry for Pacific Peoples, SA government language guides (Afrikaans, isiZulu, isiXhosa, Sesotho, Setswana) and
 * common Dutch letter forms.
 */
export const GREETING_PHRASES = [
  // te reo Māori
  "tēnā koe",
  "tēnā kōrua",
  "tēnā koutou",
  "tena koe",
  "tena korua",
  "tena koutou",
  "kia ora",
  "kia ora koe",
  "kia ora koutou",
  "ngā mihi",
  "nga mihi",
  "ngā mihi nui",
  "nāku noa",
  "naku noa",
  "mauri ora",
  "mōrena",
  "morena",
  "haere rā",
  // Samoan, Tongan, Cook Islands Māori, Niuean, Fijian
  "talofa",
  "talofa lava",
  "fa'afetai",
  "faafetai",
  "fa'afetai tele lava",
  "mālō e lelei",
  "malo e lelei",
  "mālō 'aupito",
  "malo aupito",
  "kia orana",
  "fakaalofa lahi atu",
  "ni sa bula",
  "bula vinaka",
  "vinaka vakalevu",
  // Afrikaans and Dutch
  "goeiedag",
  "goeie môre",
  "goeiemôre",
  "goeienaand",
  "groete",
  "vriendelike groete",
  "baie dankie",
  "dankie",
  "totsiens",
  "goedemorgen",
  "goedendag",
  "goedemiddag",
  "groeten",
  "met vriendelijke groeten",
  "hartelijke groeten",
  // isiZulu, isiXhosa, Sesotho, Setswana
  "sawubona",
  "sanibonani",
  "ngiyabonga",
  "siyabonga",
  "hamba kahle",
  "sala kahle",
  "molo",
  "molweni",
  "enkosi",
  "dumela",
  "dumelang",
  "ke a leboha",
  "ke a leboga",
];
