/**
 * A small HTTP client that keeps cookies like a browser and sends the Origin header a browser would
 * send on a same-site form post. Redirects are not followed, so tests can assert them.
 */
export class HttpClient {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (!value || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit & { origin?: string | null } = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const method = (init.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD" && init.origin !== null && !headers.has("Origin")) {
      headers.set("Origin", init.origin ?? this.base);
    }
    const response = await fetch(new URL(path, this.base), { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  get(path: string, init: RequestInit = {}) {
    return this.request(path, { ...init, method: "GET" });
  }

  /** Posts a form the way a browser does (application/x-www-form-urlencoded). */
  post(path: string, fields: Record<string, string | string[]> | URLSearchParams, init: RequestInit & { origin?: string | null } = {}) {
    const body = fields instanceof URLSearchParams ? fields : new URLSearchParams();
    if (!(fields instanceof URLSearchParams)) {
      for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    }
    return this.request(path, { ...init, method: "POST", body });
  }

  /** GET and return the HTML body, asserting nothing about the status. */
  async html(path: string) {
    const response = await this.get(path);
    return { status: response.status, html: await response.text(), response };
  }
}
