-- Case store, schema version 1.
-- Shipped: never edit this file. The store records a SHA-256 of it in schema_migration and refuses to open a
-- database whose recorded hash differs. Change the schema by adding a new NNNN-name/up.sql.

-- One row per applied migration, with the hash of the SQL that was run.
CREATE TABLE schema_migration (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    applied_at INTEGER NOT NULL
) STRICT;

-- The staff member using this laptop: recorded as the actor of every audit event.
CREATE TABLE staff_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    office TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

-- "case" is an SQL keyword, hence case_file.
CREATE TABLE case_file (
    id INTEGER PRIMARY KEY,
    case_year INTEGER NOT NULL,
    case_seq INTEGER NOT NULL,
    case_number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'purged')),
    stage TEXT NOT NULL,
    workflow_id TEXT NOT NULL,
    workflow_version INTEGER NOT NULL,
    handbook_version TEXT NOT NULL,
    disembarked_on TEXT,
    due_on TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER,
    purged_at INTEGER,
    UNIQUE (case_year, case_seq)
) STRICT;

CREATE INDEX case_file_updated ON case_file (updated_at);
CREATE INDEX case_file_status_updated ON case_file (status, updated_at);
CREATE INDEX case_file_stage_updated ON case_file (stage, updated_at);
CREATE INDEX case_file_due ON case_file (due_on) WHERE due_on IS NOT NULL;
CREATE INDEX case_file_closed ON case_file (closed_at) WHERE status = 'closed';

CREATE TABLE case_flag (
    case_id INTEGER NOT NULL REFERENCES case_file (id),
    flag TEXT NOT NULL,
    PRIMARY KEY (case_id, flag)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_flag_by_flag ON case_flag (flag, case_id);

-- Household members. position 0 is the principal applicant.
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id),
    position INTEGER NOT NULL,
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    other_names TEXT NOT NULL,
    date_of_birth TEXT,
    dob_estimated INTEGER NOT NULL CHECK (dob_estimated IN (0, 1)),
    sex TEXT,
    nationality TEXT,
    relationship TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (case_id, position)
) STRICT;

-- The latest answer to each workflow field; the audit log records when it changed, never the value.
CREATE TABLE answer (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id),
    field_id TEXT NOT NULL,
    value TEXT NOT NULL CHECK (json_valid(value)),
    saved_by TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    UNIQUE (case_id, field_id)
) STRICT;

CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id),
    body TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX note_by_case ON note (case_id, created_at);

-- Consent ledger: entries are appended, never changed. The current state of a consent is its latest entry.
CREATE TABLE consent (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file (id),
    person_id INTEGER REFERENCES person (id),
    purpose TEXT NOT NULL,
    recipient TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('given', 'withdrawn')),
    decided_at INTEGER NOT NULL,
    interpreter TEXT,
    language TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
) STRICT;

CREATE INDEX consent_by_case ON consent (case_id, id);

CREATE TRIGGER consent_is_append_only BEFORE UPDATE ON consent
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only');
END;

-- Append-only, hash-chained. case_id has no foreign key: events outlive the personal data they refer to.
-- summary is written by the store from codes and counts only, never from names, notes or answer values.
CREATE TABLE audit_event (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id INTEGER,
    summary TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;

CREATE INDEX audit_event_by_case ON audit_event (case_id, id) WHERE case_id IS NOT NULL;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
