/**
 * The page out of a keyset query that asked for one row more than a page (to learn whether there is more).
 * Walking backwards (a `before` cursor, or "last page") the query ran in reverse order, so the page is turned
 * back round, and the extra row says whether there is a previous page rather than a next one.
 */
export function keysetPage<T>(rows: T[], size: number, request: { after: unknown; before: unknown }, backwards: boolean) {
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backwards) page.reverse();
  return {
    page,
    first: page[0],
    last: page[page.length - 1],
    hasPrevious: backwards ? more : !!request.after,
    hasNext: backwards ? !!request.before : more,
  };
}
