import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/page";

export const meta: MetaFunction = () => [{ title: "Search · Restorative Network" }];

export default function Search() {
  return (
    <ComingSoon
      title="Search"
      intro="One search across the resource library, published case learnings and the facilitator directory."
      items={["Results as you type, with typo tolerance and highlights.", "Facets by kind, type, topic, country, language and year.", "Circle content is never searchable."]}
    />
  );
}
