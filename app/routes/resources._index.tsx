import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/page";

export const meta: MetaFunction = () => [{ title: "Resources · Restorative Network" }];

export default function Resources() {
  return (
    <ComingSoon
      title="Resource library"
      intro="Papers, policies, frameworks, toolkits and guides on restorative responses to harm in healthcare."
      items={["Every resource with its type, topics, audiences, countries and year.", "Search with facets, typo tolerance and highlights.", "An Atom feed of new resources."]}
    />
  );
}
