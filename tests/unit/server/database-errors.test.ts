// Which failures count as "the database is away" (answered with the kind 503) and which are bugs (500).
import { describe, expect, it } from "vitest";
import { databaseUnavailableCode } from "../../../app/utils/database-errors.server";

const withCode = (code: string, message = "failed") => Object.assign(new Error(message), { code });

describe("databaseUnavailableCode", () => {
  it("recognises the driver's and the socket's connection-lost errors", () => {
    for (const code of ["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "ECONNREFUSED", "ECONNRESET"]) {
      expect(databaseUnavailableCode(withCode(code))).toBe(code);
    }
  });

  it("recognises PostgreSQL shutting down, starting up, and connection exceptions", () => {
    expect(databaseUnavailableCode(withCode("57P01", "terminating connection due to administrator command"))).toBe("57P01");
    expect(databaseUnavailableCode(withCode("57P03", "the database system is starting up"))).toBe("57P03");
    expect(databaseUnavailableCode(withCode("08006"))).toBe("08006");
  });

  it("follows the cause of a query error wrapped by drizzle", () => {
    const wrapped = new Error("Failed query: select 1", { cause: withCode("ECONNREFUSED") });
    expect(databaseUnavailableCode(wrapped)).toBe("ECONNREFUSED");
    expect(databaseUnavailableCode(new Error("outer", { cause: wrapped }))).toBe("ECONNREFUSED");
  });

  it("leaves real failures alone: constraint violations, statement timeouts, bugs", () => {
    expect(databaseUnavailableCode(withCode("23505", "duplicate key value"))).toBeNull();
    expect(databaseUnavailableCode(withCode("57014", "canceling statement due to statement timeout"))).toBeNull();
    expect(databaseUnavailableCode(new TypeError("Cannot read properties of undefined"))).toBeNull();
    expect(databaseUnavailableCode(new Error("Failed query", { cause: withCode("42P01") }))).toBeNull();
    expect(databaseUnavailableCode("ECONNREFUSED")).toBeNull();
    expect(databaseUnavailableCode(null)).toBeNull();
  });
});

describe("the log line of a failed query", () => {
  it("names the query and the driver's code and message, never the parameters (what a person typed)", async () => {
    const { handleError } = await import("../../../app/entry.server");
    const cause = Object.assign(withCode("23505", 'duplicate key value violates unique constraint "t_name_key"'), {
      query: "insert into t (name) values ($1)",
      params: ["something I wrote about that night"],
    });
    const error = Object.assign(new Error("Failed query: insert into t (name) values ($1)", { cause }), { query: cause.query, params: cause.params });
    const lines: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void lines.push(args);
    try {
      handleError(error, { request: new Request("http://localhost/x"), params: {}, context: {} as never });
    } finally {
      console.error = original;
    }
    const logged = lines.map((args) => args.map((a) => (typeof a === "string" ? a : JSON.stringify(a) + String(a))).join(" ")).join("\n");
    expect(logged).toContain("insert into t (name) values ($1)");
    expect(logged).toContain("23505");
    expect(logged).not.toContain("that night");
  });
});
