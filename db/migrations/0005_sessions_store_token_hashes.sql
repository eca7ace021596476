-- Sessions now store only the SHA-256 of the cookie token (docs/decisions/007-own-session-module.md).
-- The old rows hold lucia's raw session ids, which no new cookie can match: everyone is signed out once.
DELETE FROM "sessions";
