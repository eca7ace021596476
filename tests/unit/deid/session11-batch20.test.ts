import { describe, it } from "vitest";
import { fires, silent } from "./helpers";

describe("forms read after held-out batch 20 was measured, on sentences of our own", () => {
  it("finds ages of ninety and over in Belgian and Swiss French ('nonante')", () => {
    fires(
      [
        ["Mon grand-père a eu nonante-quatre ans en mars.", "nonante-quatre"],
        ["patient gilbert, nonante et un ans, lit 4", "nonante et un"],
        ["Elle a soufflé ses nonante-et-un ans avec nous.", "nonante-et-un"],
        ["Il a fêté son nonante-troisième anniversaire au home.", "nonante-troisième"],
        ["Une résidente âgée de nonante-six, très autonome.", "nonante-six"],
      ],
      "AGE",
    );
    silent(["Elle a trente et un ans.", "Il a fêté son quarantième anniversaire.", "nonante pour cent des patients"], "AGE");
  });

  it("finds a French month named alone after a word of time or 'datait de'", () => {
    fires(
      [
        ["La liste des traitements datait de juin.", "juin"],
        ["Le protocole sera appliqué dès janvier dans les trois unités.", "janvier"],
        ["Au mois d'octobre, elle marchait encore seule.", "octobre"],
        ["Rien n'a changé avant septembre.", "septembre"],
      ],
      "DATE",
    );
  });
});
