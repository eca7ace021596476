// The JavaScript each page loads, gzipped, read from a production build's manifest: the entry, the manifest
// itself, and every route module (with its imported chunks) from the root down to the page. Used by
// `npm run bench:js` and by the integration test that keeps every page under budget.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const PAGE_JS_BUDGET_KB = 150;

type Entry = { id: string; parentId?: string; module: string; imports?: string[] };

export type PageJs = {
  /** Gzipped kilobytes per route id, heaviest first. */
  pages: Array<{ id: string; kb: number }>;
  /** Browser chunks that carry zod (its error machinery is unmistakable), with their gzipped size. */
  zodChunks: Array<{ file: string; kb: number }>;
};

export function measurePageJs(buildDir: string): PageJs {
  const manifestFile = readdirSync(buildDir).find((f) => /^manifest-.*\.js$/.test(f));
  if (!manifestFile) throw new Error(`No manifest in ${buildDir}; run npm run build first.`);
  const manifestText = readFileSync(path.join(buildDir, manifestFile), "utf8");
  const manifest = JSON.parse(manifestText.slice(manifestText.indexOf("{"), manifestText.lastIndexOf("}") + 1)) as {
    entry: { module: string; imports: string[] };
    routes: Record<string, Entry>;
  };
  const fileOf = (url: string) => path.join(buildDir, url.replace(/^\/build\//, ""));
  const gzipped = new Map<string, number>();
  const sizeOf = (url: string) => {
    if (!gzipped.has(url)) gzipped.set(url, gzipSync(readFileSync(fileOf(url))).length);
    return gzipped.get(url)!;
  };
  const pages = Object.values(manifest.routes).map((route) => {
    const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports, `/build/${manifestFile}`]);
    for (let r: Entry | undefined = route; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) {
      files.add(r.module);
      for (const i of r.imports ?? []) files.add(i);
    }
    return { id: route.id, kb: [...files].reduce((sum, f) => sum + sizeOf(f), 0) / 1024 };
  });
  pages.sort((a, b) => b.kb - a.kb);
  const zodChunks = [...gzipped.keys()]
    .filter((f) => /invalid_type|ZodError|\$ZodType/.test(readFileSync(fileOf(f), "utf8")))
    .map((f) => ({ file: path.basename(f), kb: sizeOf(f) / 1024 }));
  return { pages, zodChunks };
}
