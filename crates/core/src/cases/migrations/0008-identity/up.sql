-- Case store, schema version 8: this installation's identity, the trust list, and cases handed over.
-- Shipped: never edit this file (see 0001-initial/up.sql).

-- This installation's keys, made at first need by the store's caller (never by SQL: randomblob is not a
-- cryptographic generator). The age X25519 secret (`AGE-SECRET-KEY-1…`) opens handover packages sent here; the
-- Ed25519 seed signs the packages sent from here. Both live only in this encrypted database.
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    age_secret TEXT NOT NULL CHECK (age_secret LIKE 'AGE-SECRET-KEY-1%'),
    signing_seed BLOB NOT NULL CHECK (length(signing_seed) = 32),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TRIGGER identity_no_update BEFORE UPDATE ON identity
BEGIN
    SELECT RAISE(ABORT, 'this installation''s identity never changes');
END;

-- Colleagues' and offices' cards, added by the user after comparing the fingerprint. A revoked card stays
-- listed (so its packages are refused by name) and is never trusted again.
CREATE TABLE trusted_card (
    fingerprint TEXT PRIMARY KEY,
    signing_key TEXT NOT NULL UNIQUE,
    card TEXT NOT NULL CHECK (json_valid(card)),
    office TEXT NOT NULL,
    officer TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT;

-- A case sent to another office is read-only here until it comes back (`returned_at`).
-- `recipients` names the offices and fingerprints it went to (staff, never the migrant). No foreign key: when
-- the case comes back, the local copy is replaced by the one received and the mark outlives it, as audit
-- events do.
CREATE TABLE case_handover (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL,
    recipients TEXT NOT NULL,
    handed_at INTEGER NOT NULL,
    returned_at INTEGER
) STRICT;

CREATE INDEX case_handover_active ON case_handover (case_id) WHERE returned_at IS NULL;

-- The read-only rule sits in the database, under every code path that writes a case.
CREATE TRIGGER handed_over_case_no_update BEFORE UPDATE ON case_file
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = old.id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_answer_no_insert BEFORE INSERT ON answer
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = new.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_answer_no_update BEFORE UPDATE ON answer
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = old.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_answer_no_delete BEFORE DELETE ON answer
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = old.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_note_no_insert BEFORE INSERT ON note
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = new.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_person_no_insert BEFORE INSERT ON person
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = new.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_person_no_update BEFORE UPDATE ON person
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = old.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;

CREATE TRIGGER handed_over_consent_no_insert BEFORE INSERT ON consent
WHEN EXISTS (SELECT 1 FROM case_handover h WHERE h.case_id = new.case_id AND h.returned_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'avr-handed-over: this case was handed over to another office and is read-only here');
END;
