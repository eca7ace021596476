// Tables for this domain are added here; re-exported from ./index.
export {};
