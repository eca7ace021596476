import { sql } from "drizzle-orm";
import { circleMemberships, users } from "../../db/schema";

/**
 * The name a member appears under in a circle: their pseudonym, or their display name if they chose it.
 * Every place that shows an author or member uses this, so no page can pair a pseudonym with an account.
 */
export const memberLabelSql = sql<string>`case when ${circleMemberships.identity} = 'pseudonym' then ${circleMemberships.pseudonym} else ${users.displayName} end`;

export const pseudonymKey = (pseudonym: string) => pseudonym.trim().replace(/\s+/g, " ").toLowerCase();
