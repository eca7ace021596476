// Every table, re-exported for drizzle-kit and for the typed database client.
// Each domain keeps its tables in its own file.
export * from "./accounts";
export * from "./audit";
export * from "./outbox";
export * from "./notifications";
export * from "./circles";
export * from "./moderation";
export * from "./learnings";
export * from "./directory";
export * from "./library";
export * from "./search";
export * from "./forms";
export * from "./kept-counts";
