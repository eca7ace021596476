// Policy rules for the resource library: plain functions over (user, object) and the SQL filters
// that list queries use, so that a list and a per-object check can never disagree.
import { eq, sql, type SQL } from "drizzle-orm";
import { resources, type Resource } from "../../../db/schema";
import { hasPermission, isActive, type Actor } from "./roles";

type ResourceVisibilityFields = Pick<Resource, "status">;

/** Editors curate the library; admins hold every permission. */
export const canEditResources = (u: Actor) => hasPermission(u, "editor");
export const canImportResources = (u: Actor) => canEditResources(u);
export const canReviewSuggestions = (u: Actor) => canEditResources(u);
/** Any active member may suggest a resource for the editors' queue. */
export const canSuggestResource = (u: Actor) => isActive(u);
/** Revision history names editors, so it is for editors only. */
export const canSeeResourceHistory = (u: Actor) => canEditResources(u);

/** Published resources are public; withdrawn ones are seen only by editors. */
export function canViewResource(u: Actor, resource: ResourceVisibilityFields): boolean {
  return resource.status === "published" || canEditResources(u);
}

/** The same rule as canViewResource, as a WHERE clause for list queries. */
export function visibleResourcesFilter(u: Actor): SQL {
  return canEditResources(u) ? sql`true` : eq(resources.status, "published");
}

/** Only published resources are indexed in public search and listed in the feed. */
export const isResourcePublic = (resource: ResourceVisibilityFields) => resource.status === "published";
