/**
 * A page's title and its own description. Every page exports meta through this, so that search results and
 * shared links describe that page, not the whole site (a child route's meta replaces its parent's).
 */
export function pageMeta(title: string, description: string) {
  return [{ title }, { name: "description", content: description }];
}
