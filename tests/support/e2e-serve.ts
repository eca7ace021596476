// Serves a given build folder with the production HTTP layer (used by the browser tests).
import { openDatabase } from "../../app/utils/db.server";
import { serveBuild } from "../../app/server/serve";
import { startBackgroundWork } from "../../app/server/background";

const buildDir = process.argv[2]!;
const handle = await openDatabase();
const server = await serveBuild({ buildDir });
const stopBackground = await startBackgroundWork();
const stop = async () => {
  await stopBackground();
  server.close();
  await handle.close().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
