// `npm run db:rerender-markdown`: stores freshly rendered HTML for every circle post whose stored HTML is
// missing or was made by an older renderer (after a marked/sanitize-html upgrade bumps
// MARKDOWN_RENDERER_VERSION). `npm start` runs the same step after migrating; pages stay correct meanwhile,
// rendering such posts on read.
import { createDatabase } from "./client";
import { databaseOptionsFromEnv } from "./options";
import { rerenderStalePostBodies } from "../app/circles/post-html.server";

const handle = await createDatabase(databaseOptionsFromEnv());
try {
  const started = Date.now();
  const done = await rerenderStalePostBodies(handle.db, { onBatch: (n) => n % 20_000 === 0 && console.log(`  ${n} posts rendered…`) });
  console.log(`${done} circle posts rendered and stored in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await handle.close();
}
