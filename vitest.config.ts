import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "~": fileURLToPath(new URL("./app", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // Unit tests that load the de-identifier's dictionaries or start the password-strength worker take seconds
        // on first use when the machine is busy; 5 s made them fail on load, not on behaviour.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 }, testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/build-app.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One PGlite instance is ~750 MB; two at a time fits 2 cores and leaves memory for Chromium.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/e2e-server.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // expect.poll waits for the page to settle; its 1 s default is far too short on a loaded CI
          // machine (a post took longer than that to land at load average 25). A real failure still fails.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
