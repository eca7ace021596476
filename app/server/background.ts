/**
 * In-process background work started by `npm start`: the search outbox worker (unless
 * SEARCH_WORKER=off, when `npm run worker` runs it separately). Returns a function that stops it.
 */
export async function startBackgroundWork(): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];
  return async () => {
    await Promise.all(stops.map((s) => s()));
  };
}
