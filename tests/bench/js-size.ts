// `npm run bench:js`: the JavaScript each page loads, gzipped, from the production build's manifest: the entry,
// the manifest itself, and every route module (with its imported chunks) from the root down to the page.
// Run after `npm run build`. Prints the heaviest pages and which of them pass the 150 KB budget.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const buildDir = path.resolve(process.argv[2] ?? "public/build");
const manifestFile = readdirSync(buildDir).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error(`No manifest in ${buildDir}; run npm run build first.`);
const manifestText = readFileSync(path.join(buildDir, manifestFile), "utf8");
type Entry = { id: string; parentId?: string; module: string; imports?: string[] };
const manifest = JSON.parse(manifestText.slice(manifestText.indexOf("{"), manifestText.lastIndexOf("}") + 1)) as {
  entry: { module: string; imports: string[] }; routes: Record<string, Entry>;
};

const gzipped = new Map<string, number>();
const sizeOf = (url: string) => {
  if (!gzipped.has(url)) gzipped.set(url, gzipSync(readFileSync(path.join(buildDir, url.replace(/^\/build\//, "")))).length);
  return gzipped.get(url)!;
};

const rows = Object.values(manifest.routes).map((route) => {
  const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports, `/build/${manifestFile}`]);
  for (let r: Entry | undefined = route; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) {
    files.add(r.module);
    for (const i of r.imports ?? []) files.add(i);
  }
  return { id: route.id, kb: [...files].reduce((sum, f) => sum + sizeOf(f), 0) / 1024 };
});
rows.sort((a, b) => b.kb - a.kb);
const over = rows.filter((r) => r.kb > BUDGET_KB);
console.log(`JavaScript per page, gzipped (budget ${BUDGET_KB} KB): heaviest ${rows[0]!.kb.toFixed(1)} KB, lightest ${rows[rows.length - 1]!.kb.toFixed(1)} KB, median ${rows[Math.floor(rows.length / 2)]!.kb.toFixed(1)} KB; ${over.length} of ${rows.length} pages over budget.\n`);
console.log("| page (route) | JS gzipped |\n|---|---:|");
for (const r of rows.slice(0, Number(process.env.TOP ?? 12))) console.log(`| ${r.id} | ${r.kb.toFixed(1)} KB |`);
// Which shared chunks carry zod (its error-message table is unmistakable)?
const zodChunks = [...gzipped.keys()].filter((f) => /invalid_type|ZodError|\$ZodType/.test(readFileSync(path.join(buildDir, f.replace(/^\/build\//, "")), "utf8")));
console.log(`\nChunks holding zod: ${zodChunks.length ? zodChunks.map((f) => `${path.basename(f)} (${(sizeOf(f) / 1024).toFixed(1)} KB)`).join(", ") : "none"}`);
