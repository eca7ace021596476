import { and, asc, gt, isNull, ne, or, sql } from "drizzle-orm";
import { circlePosts } from "../../db/schema";
import type { Queryable } from "../../db/client";
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from "~/utils/markdown.server";

/**
 * A post's body is rendered once, when it is written or edited, and stored beside the Markdown: the thread
 * page then costs the same whether its posts are short or long. (ADR 008.)
 */
export function renderedBody(body: string) {
  return { bodyHtml: renderMarkdown(body), bodyHtmlVersion: MARKDOWN_RENDERER_VERSION };
}

/** The stored HTML when it was made by the current renderer; otherwise the body rendered now. */
export function postBodyHtml(post: { body: string; bodyHtml: string | null; bodyHtmlVersion: number | null }) {
  return post.bodyHtml !== null && post.bodyHtmlVersion === MARKDOWN_RENDERER_VERSION ? post.bodyHtml : renderMarkdown(post.body);
}

/**
 * Renders and stores every post body whose HTML is missing or from an older renderer, in batches walked by id
 * (so each batch is an index range, not a scan). A post whose body changed meanwhile is left for the next run.
 * Returns how many posts were rendered.
 */
export async function rerenderStalePostBodies(db: Queryable, options: { batchSize?: number; onBatch?: (done: number) => void } = {}) {
  const batchSize = options.batchSize ?? 500;
  let lastId = "";
  let done = 0;
  for (;;) {
    const rows = await db
      .select({ id: circlePosts.id, body: circlePosts.body })
      .from(circlePosts)
      .where(and(gt(circlePosts.id, lastId), or(isNull(circlePosts.bodyHtmlVersion), ne(circlePosts.bodyHtmlVersion, MARKDOWN_RENDERER_VERSION))))
      .orderBy(asc(circlePosts.id))
      .limit(batchSize);
    if (!rows.length) return done;
    const values = sql.join(
      rows.map((r) => sql`(${r.id}, ${r.body}, ${renderMarkdown(r.body)})`),
      sql`, `,
    );
    await db.execute(sql`
      update ${circlePosts} as p set body_html = v.html, body_html_version = ${MARKDOWN_RENDERER_VERSION}
      from (values ${values}) as v(id, body, html)
      where p.id = v.id and p.body = v.body`);
    done += rows.length;
    lastId = rows[rows.length - 1]!.id;
    options.onBatch?.(done);
  }
}
