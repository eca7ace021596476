import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/page";

export const meta: MetaFunction = () => [{ title: "Case learnings · Restorative Network" }];

export default function Learnings() {
  return (
    <ComingSoon
      title="Case learnings"
      intro="Practitioners share what happened and what was learned, written on the restorative questions, de-identified and reviewed by two people before publication."
      items={["Published learnings, filtered by setting, event type, country and year.", "A tool that checks a draft for identifiers before it is submitted.", "An Atom feed of public learnings."]}
    />
  );
}
