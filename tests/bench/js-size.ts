// `npm run bench:js`: the JavaScript each page loads, gzipped, from the production build's manifest.
// Run after `npm run build`. Prints the heaviest pages and which of them pass the 150 KB budget.
import path from "node:path";
import { PAGE_JS_BUDGET_KB, measurePageJs } from "../support/page-js";

const { pages: rows, zodChunks } = measurePageJs(path.resolve(process.argv[2] ?? "public/build"));
const over = rows.filter((r) => r.kb > PAGE_JS_BUDGET_KB);
console.log(
  `JavaScript per page, gzipped (budget ${PAGE_JS_BUDGET_KB} KB): heaviest ${rows[0]!.kb.toFixed(1)} KB, lightest ${rows[rows.length - 1]!.kb.toFixed(1)} KB, median ${rows[Math.floor(rows.length / 2)]!.kb.toFixed(1)} KB; ${over.length} of ${rows.length} pages over budget.\n`,
);
console.log("| page (route) | JS gzipped |\n|---|---:|");
for (const r of rows.slice(0, Number(process.env.TOP ?? 12))) console.log(`| ${r.id} | ${r.kb.toFixed(1)} KB |`);
console.log(`\nChunks holding zod: ${zodChunks.length ? zodChunks.map((c) => `${c.file} (${c.kb.toFixed(1)} KB)`).join(", ") : "none"}`);
