import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/page";

export const meta: MetaFunction = () => [{ title: "Facilitators · Restorative Network" }];

export default function Facilitators() {
  return (
    <ComingSoon
      title="Find a facilitator"
      intro="A directory of trained restorative facilitators that organisations can find and reach after harm."
      items={["Filters by country, language, modality, specialty and approach.", "Verified training badges with expiry dates.", "Contact requests that share details only when the facilitator accepts."]}
    />
  );
}
