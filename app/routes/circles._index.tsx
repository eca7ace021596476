import type { MetaFunction } from "@remix-run/node";
import { ComingSoon, Visibility } from "~/components/page";

export const meta: MetaFunction = () => [{ title: "Circles · Restorative Network" }];

export default function Circles() {
  return (
    <>
      <ComingSoon
        title="Peer-support circles"
        intro="Small, moderated, confidential circles where healthcare workers who were involved in harm can speak and be heard by peers."
        items={["A list of circles you can join: open, by request, or by invitation.", "Ground rules to accept before reading or posting.", "Threads and replies under your name or a sealed pseudonym.", "Gatherings you can add to your calendar."]}
      />
      <div className="page narrow"><Visibility>circle posts will be seen only by the circle's members who have accepted its ground rules.</Visibility></div>
    </>
  );
}
