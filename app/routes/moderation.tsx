import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/page";
import { requireUserWith } from "~/utils/guards.server";
import { isSiteModerator } from "~/utils/policy.server";

export const meta: MetaFunction = () => [{ title: "Moderation · Restorative Network" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWith(request, context, isSiteModerator);
  return null;
}

export default function Moderation() {
  return (
    <ComingSoon
      title="Moderation"
      intro="The site-wide review queue for moderators."
      items={["Flagged and held posts from every circle.", "Join requests.", "Appeals, each routed to a moderator other than the one who acted."]}
    />
  );
}
