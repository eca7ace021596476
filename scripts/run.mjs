// `npm start`, `npm run worker`, `npm run db:migrate`, `npm run backup`, …: runs one compiled server entry
// (build/server/<name>.js) in this process, with no TypeScript loader. In a source checkout it first rebuilds what
// is older than its sources: the Remix build for `start`, and the server bundle for every entry. A production image
// ships only the build (no app/ folder), so nothing is rebuilt there.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [name = "start", ...args] = process.argv.slice(2);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "migrations") continue;
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

const stale = (file, sources) => !existsSync(file) || sources.some((dir) => existsSync(dir) && newestMtime(dir) > statSync(file).mtimeMs);
const fromSource = existsSync("app") && existsSync("node_modules/@remix-run/dev");

if (fromSource && name === "start" && stale("build/index.js", ["app"])) {
  console.log("Building the site (first start takes a little longer)…");
  const result = spawnSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(1);
  }
}
const { SERVER_ENTRIES, SERVER_OUT, buildServer } = await import("./server-build.mjs");
if (!(name in SERVER_ENTRIES)) {
  console.error(`Unknown entry "${name}". Known: ${Object.keys(SERVER_ENTRIES).join(", ")}.`);
  process.exit(2);
}
const file = path.resolve(SERVER_OUT, `${name}.js`);
if (fromSource && stale(file, ["app", "db"])) await buildServer();
if (!existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} is missing: run npm run build first.`);
  process.exit(1);
}
// The entry reads its own arguments from process.argv, as when it is run directly.
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
