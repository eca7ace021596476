// Lint rules of the house: typescript-eslint's recommended set, React hooks rules, and import boundaries
// that keep the architecture honest (see docs/decisions/013-guardrails.md).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// zod stays on the server: a module whose top level builds a schema is kept in every browser bundle that
// imports it, even for one constant (91 KB gzipped on 47 pages before ADR 014). Schemas live in schema.server.ts.
const zodOnServer = {
  group: ["zod", "zod/*"],
  allowTypeImports: true,
  message: "zod schemas live in *.server.ts modules so zod never reaches the browser (ADR 014).",
};
const serverOnly = ["drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/pglite", "@electric-sql/pglite/*", "nodemailer"];

// Each domain folder under app/ is reached from another domain only through the modules it publishes here; the
// rest are its internals. A new cross-domain need either uses a published module or publishes one on purpose
// (and says so in the domain's README). Routes, components, utils and the server wiring are the app's edges,
// not domains, and may use any domain module (routes still never touch tables or the driver, below).
const PUBLISHED = {
  accounts: ["ConfirmEmailNotice", "menu.server", "schema.server"],
  admin: [],
  circles: ["access.server", "moderation.server", "names", "post-html.server"],
  deid: ["index"],
  directory: ["search-document.server"],
  health: ["probe.server", "health.server"],
  learnings: ["reflections.server", "search-document.server"],
  library: ["search-document.server"],
  moderation: ["care.server", "flags.server", "screening.server"],
  notifications: ["notifications.server", "email-delivery.server"],
  search: ["engine/types", "search.server", "documents.server", "labels", "synthetic"],
  support: ["SupportLines", "lines"],
};
const DOMAINS = Object.keys(PUBLISHED);
const boundaries = (domain) =>
  DOMAINS.filter((other) => other !== domain).map((other) => ({
    // gitignore-style: a file inside a sub-folder is re-included by re-including its folder first.
    group: [
      `~/${other}/*`,
      ...PUBLISHED[other].flatMap((file) =>
        file.includes("/") ? [`!~/${other}/${file.split("/")[0]}`, `~/${other}/${file.split("/")[0]}/*`, `!~/${other}/${file}`] : [`!~/${other}/${file}`],
      ),
    ],
    message: `Another domain's internals: ${other} is reached through ${PUBLISHED[other].map((f) => `~/${other}/${f}`).join(", ") || "nothing (it publishes no module)"} (eslint.config.js PUBLISHED).`,
  }));

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", ".cache/**", ".test-build/**", "node_modules/**", "data/**", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Control characters are used on purpose: sentinels around highlights, and XML's forbidden range.
      "no-control-regex": "off",
    },
  },
  {
    // The de-identifier is a pure library: nothing from the app, the database or the framework.
    files: ["app/deid/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["~/*", "../../*", "../../../*"], message: "app/deid imports nothing from the rest of the app." },
            { group: ["@remix-run/*", "react", "react-dom", ...serverOnly], message: "app/deid is a pure library: no framework, no database." },
          ],
        },
      ],
    },
  },
  {
    // Client-safe domain modules (no .server in the name) may reach the browser: no zod in them.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    ignores: ["app/**/*.server.ts", "app/**/*.server.tsx", "app/deid/**", "app/routes/**", "app/components/**", "app/root.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [zodOnServer] }] },
  },
  {
    // Tests exercise behaviour through HTTP, domain modules and the browser, never by importing route modules.
    files: ["tests/**"],
    rules: {
      // Recording servers and loader-data helpers take whatever JSON arrives.
      "@typescript-eslint/no-explicit-any": "off",
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["~/routes/*", "**/app/routes/*"], message: "Tests never import from routes; drive them over HTTP." }],
        },
      ],
    },
  },
  {
    // Routes are thin: they call domain modules, never the ORM or the database driver directly.
    files: ["app/routes/**", "app/components/**", "app/root.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: serverOnly, message: "Routes and components call domain functions; queries live in app/<domain>/*.server.ts." },
            zodOnServer,
            { group: ["**/db/schema", "**/db/schema/*"], message: "Routes never touch tables; call a domain function." },
          ],
        },
      ],
    },
  },
  // Domain boundaries (after the zod rule, which they repeat for browser-reachable files: a later block's
  // no-restricted-imports replaces an earlier one's for the same file). app/deid has its own stricter block.
  ...DOMAINS.filter((d) => d !== "deid").flatMap((domain) => [
    {
      files: [`app/${domain}/**/*.server.ts`, `app/${domain}/**/*.server.tsx`],
      rules: { "no-restricted-imports": ["error", { patterns: boundaries(domain) }] },
    },
    {
      files: [`app/${domain}/**/*.ts`, `app/${domain}/**/*.tsx`],
      ignores: [`app/${domain}/**/*.server.ts`, `app/${domain}/**/*.server.tsx`],
      rules: { "no-restricted-imports": ["error", { patterns: [zodOnServer, ...boundaries(domain)] }] },
    },
  ]),
  {
    files: ["*.config.js", "*.config.ts"],
    languageOptions: { globals: { process: "readonly" } },
  },
  {
    // Plain Node scripts (the server build and the runner of compiled entries).
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
