/**
 * Who may see or do what: the one policy module. Routes call these functions, and list queries use the
 * SQL filters exported beside them, so that a list and a per-object check can never disagree.
 * Each domain keeps its rules in its own file under ./policy and is re-exported here.
 */
export * from "./policy/roles";
export * from "./policy/circles";
export * from "./policy/moderation";
export * from "./policy/learnings";
export * from "./policy/directory";
export * from "./policy/library";
