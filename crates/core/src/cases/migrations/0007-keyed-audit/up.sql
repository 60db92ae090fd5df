-- Case store, schema version 7: a keyed audit chain that covers the values of every change.
--
-- `audit_key` holds one random 32-byte key, made by the store when this migration has run (not by SQL: SQLite's
-- randomblob is not a cryptographic generator). From the event `keyed_from` on, each event's hash is an
-- HMAC-SHA-256 under this key instead of a plain SHA-256, so only someone who can unlock the store can extend or
-- rewrite the chain, and the chain head written outside the database (`cases.anchor`, and beside each backup)
-- can be authenticated. Events before `keyed_from` keep their plain hashes and still verify.
--
-- `audit_event.values_digest` is, for an answer change, the SHA-256 of the history row's salt, field, old and new
-- value and note; the chain covers it. `answer_change.salt` is 16 random bytes per row, purged with the row: once
-- a case is purged the digest cannot be matched against guessed values (a yes/no has only two).
-- Shipped: never edit this file (see 0001-initial/up.sql).

CREATE TABLE audit_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL CHECK (length(key) = 32),
    keyed_from INTEGER NOT NULL
) STRICT;

CREATE TRIGGER audit_key_no_update BEFORE UPDATE ON audit_key
BEGIN
    SELECT RAISE(ABORT, 'the audit key never changes');
END;

CREATE TRIGGER audit_key_no_delete BEFORE DELETE ON audit_key
BEGIN
    SELECT RAISE(ABORT, 'the audit key is never removed');
END;

ALTER TABLE audit_event ADD COLUMN values_digest TEXT;
ALTER TABLE answer_change ADD COLUMN salt BLOB;
