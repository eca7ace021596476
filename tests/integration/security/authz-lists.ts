import { objectLinks, inPool } from "../../security/authz-checker";
import { PRINCIPAL_KEYS, type Principal } from "../../security/authz-matrix";
import type { World } from "./authz-world";

// List-versus-object agreement, the way Discourse's Guardian specs check it: every item a list or search
// shows a principal must open for that principal. (That a list never shows what the policy forbids is
// the marker scan's job: each list page is a cell of the matrix.)

/** The pages that list things, as each principal asks for them. */
export const LIST_PAGES = [
  "/circles",
  "/circles/{circleA}",
  "/circles/{circleA}?view=moderating",
  "/circles/{circleB}",
  "/circles/{circleA}/review",
  "/learnings",
  "/learnings/mine",
  "/learnings/reviews",
  "/resources",
  "/resources/queue",
  "/facilitators",
  "/facilitators/concerns",
  "/requests",
  "/requests/inbox",
  "/moderation",
  "/appeals",
  "/care",
  "/notifications",
  "/search?q=restorative",
  "/search?q=circle",
  "/reveals",
];

/** What counts as a link to one object (not to a form or another list). */
export const OBJECT_LINK_PATTERNS = [
  /^\/circles\/(?!new$|invitations\/)[^/]+$/,
  /^\/circles\/[^/]+\/threads\/(?!new$)[^/]+$/,
  /^\/circles\/[^/]+\/gatherings\/(?!new$)[^/]+$/,
  /^\/learnings\/(?!new$|mine$|reviews$)[^/]+$/,
  /^\/learnings\/drafts\/[^/]+(\/review)?$/,
  /^\/resources\/(?!new$|import$|queue$|suggest$)[^/]+$/,
  /^\/facilitators\/(?!me$|concerns$)[^/]+$/,
  /^\/requests\/(?!inbox$)[^/]+$/,
  /^\/appeals\/(?!new$)[^/]+$/,
  /^\/care\/(?!close-note$|request-peer$)[^/]+$/,
  /^\/reveals\/[^/]+$/,
];

const PER_PRINCIPAL = 24;

export type ListCheck = { principal: Principal; listed: number; opened: number; refused: string[] };

/** For every principal: collect the object links its lists show (up to PER_PRINCIPAL) and open each. */
export async function checkListsAgreeWithObjects(world: World, fill: (template: string) => string, width: number): Promise<ListCheck[]> {
  const out: ListCheck[] = [];
  for (const principal of PRINCIPAL_KEYS) {
    const client = world.clients[principal];
    const links = new Set<string>();
    for (const page of LIST_PAGES) {
      const response = await client.get(fill(page));
      if (response.status !== 200) continue;
      for (const link of objectLinks(await response.text(), OBJECT_LINK_PATTERNS)) links.add(link);
    }
    // Links in a list keep their query when they carry one (the moderating view); objectLinks drops it, so
    // a moderating link is opened as the moderating view, like the list page itself.
    const chosen = [...links].sort().slice(0, PER_PRINCIPAL);
    const refused: string[] = [];
    await inPool(chosen, width, async (link) => {
      const r = await client.get(link);
      await r.arrayBuffer();
      if (r.status !== 200) {
        const again = await client.get(`${link}?view=moderating`);
        await again.arrayBuffer();
        if (again.status !== 200) refused.push(`${link} → ${r.status}`);
      }
    });
    out.push({ principal, listed: links.size, opened: chosen.length - refused.length, refused });
  }
  return out;
}
