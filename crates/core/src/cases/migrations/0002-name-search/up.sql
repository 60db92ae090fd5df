-- Case store, schema version 2: search by name inside the encrypted database.
-- Shipped: never edit this file (see 0001-initial/up.sql).

-- Full-text index of household members' names, in the same SQLCipher database as the cases (it is encrypted
-- with them, and purged with them). Marks (M*) are kept inside tokens so that scripts such as Arabic are not
-- split at vowel signs; Latin diacritics are folded ("Jose" finds "José").
CREATE VIRTUAL TABLE person_search USING fts5 (
    names,
    case_id UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

-- Remove a deleted row's tokens from the index at once, not at the next merge (retention purges must not leave
-- names behind in the index).
INSERT INTO person_search (person_search, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER person_search_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_search (rowid, names, case_id)
    VALUES (new.id, new.given_names || ' ' || new.family_name || ' ' || new.other_names, new.case_id);
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF given_names, family_name, other_names ON person
BEGIN
    DELETE FROM person_search WHERE rowid = old.id;
    INSERT INTO person_search (rowid, names, case_id)
    VALUES (new.id, new.given_names || ' ' || new.family_name || ' ' || new.other_names, new.case_id);
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_search WHERE rowid = old.id;
END;

-- Databases created at version 1 already hold people: index them.
INSERT INTO person_search (rowid, names, case_id)
SELECT id, given_names || ' ' || family_name || ' ' || other_names, case_id FROM person;
