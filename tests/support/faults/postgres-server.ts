import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** True when a throwaway PostgreSQL server can be started here (its binaries, and root to run them as postgres). */
export function canRunThrowawayPostgres() {
  return existsSync(path.join(PG_BIN, "pg_ctl")) && process.getuid?.() === 0;
}

export type ThrowawayPostgres = {
  url: string;
  port: number;
  /** Stops the server: "fast" disconnects clients cleanly, "immediate" is a crash. */
  stop: (mode?: "fast" | "immediate") => void;
  start: () => void;
  restart: () => void;
  /** Sends SIGKILL to the postmaster, like an OOM kill. */
  kill9: () => void;
  log: () => string;
  destroy: () => void;
};

/**
 * A private PostgreSQL 15 server that a fault test may stop, restart and kill without disturbing the
 * server other tests use. Started as in .ci/run: a temp folder owned by postgres, runuser, a free port.
 */
export async function startThrowawayPostgres(database = "faults"): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rn-pg-"));
  const pgUid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const pgGid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  chownSync(dir, pgUid, pgGid);
  const port = await freePort();
  const as = (bin: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", path.join(PG_BIN, bin), ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  as("initdb", ["-D", `${dir}/data`, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const start = () => {
    as("pg_ctl", [
      "-D",
      `${dir}/data`,
      "-l",
      `${dir}/log`,
      "-w",
      "-t",
      "60",
      "start",
      "-o",
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
    ]);
  };
  const stop = (mode: "fast" | "immediate" = "fast") => {
    try {
      as("pg_ctl", ["-D", `${dir}/data`, "-m", mode, "-w", "stop"]);
    } catch {
      /* already stopped */
    }
  };
  start();
  as("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    stop,
    start,
    restart: () => {
      stop("fast");
      start();
    },
    kill9: () => {
      const pid = readFileSync(`${dir}/data/postmaster.pid`, "utf8").split("\n")[0]!.trim();
      process.kill(Number(pid), "SIGKILL");
    },
    log: () => {
      try {
        return readFileSync(`${dir}/log`, "utf8");
      } catch {
        return "";
      }
    },
    destroy: () => {
      stop("immediate");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
