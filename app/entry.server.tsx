import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
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
    // The driver's error (the cause) carries the parameters too (PGlite adds them): only its code and message are logged.
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    const reason = cause ? [cause.code, cause.message].filter((part) => typeof part === "string" && part).join(" ") : error.name;
    console.error(`Failed query: ${String((error as { query: unknown }).query)}`, reason);
    return;
  }
  console.error(error);
};

/**
 * Pages are rendered whole and sent as one body. No route defers data or suspends, so streaming sent the
 * same bytes no sooner; it only cost CPU: a hundred small chunks per page through a Node stream, a web
 * stream and the compressor, each compressed and flushed on its own (docs/performance.md, third round).
 * The chunks are gathered as bytes, not as one string: a page-sized string lands in V8's large-object
 * space and stays there until a full collection, which grew the server's memory by 80 MB under load.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  appendCookies(responseHeaders, loadContext);
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const body = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        const html = Buffer.concat(chunks);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        // Known length: no chunked encoding when it goes out as it is (the compressor drops it when it compresses).
        responseHeaders.set("Content-Length", String(html.length));
        resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // A shell error is Remix's to log (it renders the error boundary); logs carry the error, never request bodies or user content.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY).unref();
  });
}
