/** What the HTTP layer (app/server/http.ts) hands every loader and action. */
export type RequestContext = {
  cspNonce: string;
  clientIp: string;
  /** Set-Cookie values added while handling the request (e.g. a refreshed session), sent by entry.server. */
  responseCookies: string[];
  /**
   * Set by entry.server's handleError when a loader or action failed because the database could not be
   * reached: the HTTP layer then answers the kind 503 page, never a generic 500.
   */
  databaseUnavailable?: boolean;
};

declare module "@remix-run/node" {
  // Declaration merging needs an interface, even an empty one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends RequestContext {}
}
