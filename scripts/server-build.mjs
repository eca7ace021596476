// Compiles the server's entry points (what `npm start`, `npm run worker` and the operations scripts run) to plain
// JavaScript in build/server/, so production runs no TypeScript loader. Packages stay in node_modules; the app's
// own modules are bundled, with code only some paths need (seeding, the remix build check) in lazy chunks.
// `npm run build` calls it after `remix build`; scripts/run.mjs calls it when a source is newer than its output.
import { pathToFileURL } from "node:url";

export const SERVER_ENTRIES = {
  start: "app/server/start.ts",
  worker: "app/search/worker.cli.ts",
  migrate: "db/migrate.ts",
  backup: "db/backup-cli.ts",
  restore: "db/restore.ts",
  "rerender-markdown": "db/rerender-markdown.ts",
};
export const SERVER_OUT = "build/server";

export async function buildServer(outdir = SERVER_OUT) {
  const { build } = await import("esbuild");
  await build({
    entryPoints: SERVER_ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: "tsconfig.json",
    sourcemap: true,
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
  console.log(`Server compiled to ${SERVER_OUT}/.`);
}
