import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("a French adjective after a role is no name (session 12), on sentences of our own", () => {
  it("drops an ordinary French word after a role in text written with capitals", () => {
    silent(
      [
        "Nous en avons parlé à l'infirmière auxiliaire, qui a prévenu la cadre.",
        "Le chirurgien vasculaire a revu la jambe le soir même.",
        "La pharmacienne clinicienne a relu la prescription.",
        "Le protocole vaut pour tout nourrisson fébrile de moins de trois mois.",
      ],
      "PERSON",
    );
  });

  it("keeps names after a role, in capitals or in a note typed in lower case", () => {
    fires(
      [
        ["L'infirmière Gagnon a appelé le médecin de garde.", "Gagnon"],
        ["transmission de nuit : ide maëlys kerjean a vu la patiente à 3 h", "maëlys kerjean"],
      ],
      "PERSON",
    );
  });
});
