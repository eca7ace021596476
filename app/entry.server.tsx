import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./components/nonce";
import { databaseUnavailableCode } from "./utils/database-errors.server";
import { log } from "./utils/log.server";

const ABORT_DELAY = 5_000;

function appendCookies(headers: Headers, context: AppLoadContext) {
  for (const cookie of context.responseCookies ?? []) headers.append("Set-Cookie", cookie);
}

export const handleDataRequest: HandleDataRequestFunction = (response, { context }) => {
  appendCookies(response.headers, context);
  return response;
};

/**
 * A loader or action that failed because the database could not be reached marks its request, so the
 * HTTP layer answers the kind 503 page (app/server/http.ts) whatever the outage watcher has seen so far.
 * Other errors are logged without the failed query's parameters, which can hold what a person typed.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  const code = databaseUnavailableCode(error);
  if (code) {
    context.databaseUnavailable = true;
    log("request.database_unavailable", { code, method: request.method, path: new URL(request.url).pathname });
    return;
  }
  if (request.signal.aborted) return;
  if (error instanceof Error && "query" in error && "params" in error) {
    console.error(`Failed query: ${String((error as { query: unknown }).query)}`, error.cause ?? error.name);
    return;
  }
  console.error(error);
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  appendCookies(responseHeaders, loadContext);
  const nonce = loadContext.cspNonce;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Logs carry the error, never request bodies or user content.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
