// Serves a given build folder with the production HTTP layer (used by the browser tests).
import { openDatabase } from "../../app/utils/db.server";
import { serveUntilStopped } from "../../app/server/serve";

await serveUntilStopped(await openDatabase(), { buildDir: process.argv[2]! });
