import { describe, expect, it } from "vitest";
import { isDriverConnectionLost, isDriverNullSocketWrite } from "../../../app/server/driver-guard";

const withStack = <T extends Error>(error: T, stack: string) => Object.assign(error, { stack });

describe("the postgres.js crash guard", () => {
  it("recognises only the driver's write-after-close TypeError", () => {
    const driver = withStack(
      new TypeError("Cannot read properties of null (reading 'write')"),
      "TypeError: Cannot read properties of null (reading 'write')\n    at Immediate.nextWrite (/app/node_modules/postgres/src/connection.js:255:22)\n    at process.processImmediate (node:internal/timers:485:21)",
    );
    expect(isDriverNullSocketWrite(driver)).toBe(true);
    const ours = withStack(new TypeError("Cannot read properties of null (reading 'write')"), "TypeError: …\n    at render (/app/build/index.js:10:3)");
    expect(isDriverNullSocketWrite(ours)).toBe(false);
    const other = withStack(
      new TypeError("Cannot read properties of null (reading 'id')"),
      "TypeError\n    at nextWrite (/app/node_modules/postgres/src/connection.js:255:22)",
    );
    expect(isDriverNullSocketWrite(other)).toBe(false);
    expect(isDriverNullSocketWrite(new Error("Cannot read properties of null (reading 'write')"))).toBe(false);
  });

  it("recognises connection-lost rejections from inside the driver, and nothing else", () => {
    const lost = withStack(
      Object.assign(new Error("write CONNECTION_CLOSED 127.0.0.1:5432"), { code: "CONNECTION_CLOSED" }),
      "Error: write CONNECTION_CLOSED\n    at Socket.closed (file:///app/node_modules/postgres/src/connection.js:462:57)",
    );
    expect(isDriverConnectionLost(lost)).toBe(true);
    const fromApp = withStack(Object.assign(new Error("closed"), { code: "CONNECTION_CLOSED" }), "Error: closed\n    at handler (/app/build/index.js:1:1)");
    expect(isDriverConnectionLost(fromApp)).toBe(false);
    const constraint = withStack(
      Object.assign(new Error("duplicate key"), { code: "23505" }),
      "Error\n    at (/app/node_modules/postgres/src/connection.js:1:1)",
    );
    expect(isDriverConnectionLost(constraint)).toBe(false);
    expect(isDriverConnectionLost("CONNECTION_CLOSED")).toBe(false);
  });
});
