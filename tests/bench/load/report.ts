// Prints the load benchmark's table, and the growth between two runs (e.g. 10,000 and 1,000,000 posts).

export type Row = {
  name: string;
  growth: boolean;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytesPerRequest: number;
  nodeCpuMs: number;
  pgCpuMs: number | null;
  statements: number | null;
};

const fixed = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? "n/a" : n.toFixed(digits));

export function printTable(rows: Row[], info: { rssMb: number; label: string; thread: string }) {
  const bare = rows.find((r) => r.name.startsWith("bare"));
  const header = ["page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "KB/req", "Node CPU ms/req", "PG CPU ms/req", "stmts/req", "share of bare"];
  const lines = rows.map((r) => [
    r.name,
    fixed(r.rps, 0),
    fixed(r.p50, 0),
    fixed(r.p95, 0),
    fixed(r.p99, 0),
    String(r.errors),
    fixed(r.bytesPerRequest / 1024, 1),
    fixed(r.nodeCpuMs, 2),
    fixed(r.pgCpuMs, 2),
    fixed(r.statements, 1),
    bare ? `${((100 * r.rps) / bare.rps).toFixed(1)}%` : "n/a",
  ]);
  console.log(`\n${info.label ? `${info.label}: ` : ""}server RSS after the run ${info.rssMb} MB; thread page ${info.thread}\n`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const l of lines) console.log(`| ${l.join(" | ")} |`);
}

/** p95 and CPU per request of the pages whose cost could grow with the data, this run over the earlier one. */
export function printComparison(before: { label: string; rows: Row[] }, after: { label: string; rows: Row[] }) {
  console.log(`\nGrowth: ${after.label} over ${before.label || "the earlier run"}\n`);
  console.log("| page | p95 before | p95 now | p95 ratio | CPU ms/req before | CPU ms/req now | CPU ratio |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const now of after.rows.filter((r) => r.growth)) {
    const then = before.rows.find((r) => r.name === now.name);
    if (!then) continue;
    const cpu = (r: Row) => r.nodeCpuMs + (r.pgCpuMs ?? 0);
    console.log(
      `| ${now.name} | ${fixed(then.p95, 0)} | ${fixed(now.p95, 0)} | ${fixed(now.p95 / then.p95, 2)} | ${fixed(cpu(then), 2)} | ${fixed(cpu(now), 2)} | ${fixed(cpu(now) / cpu(then), 2)} |`,
    );
  }
}
