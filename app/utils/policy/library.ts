// Policy rules for library: plain functions over (user, object) and the SQL filters that list queries use.
export {};
