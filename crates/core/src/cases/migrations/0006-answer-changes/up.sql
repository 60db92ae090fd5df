-- Case store, schema version 6: the old and new value of every answer change, with why (a correction's reason
-- and supervisor). The audit log keeps field names only, because it outlives the retention purge; this history
-- holds the values and is purged with the case. Each row names the audit event that records the change, so the
-- hash chain covers when and by whom, and the row covers what.
-- Shipped: never edit this file (see 0001-initial/up.sql).

CREATE TABLE answer_change (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id),
    field_id TEXT NOT NULL,
    old_value TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
    new_value TEXT NOT NULL CHECK (json_valid(new_value)),
    note TEXT,
    changed_by TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    audit_event INTEGER NOT NULL
) STRICT;
CREATE INDEX answer_change_case ON answer_change (case_id, id);
