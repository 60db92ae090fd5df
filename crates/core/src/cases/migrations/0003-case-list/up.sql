-- Case store, schema version 3: a page of the case list reads one index range and the rows it shows, with no
-- per-row subqueries and no sort, for the filters and sorts of the dashboard.
-- Shipped: never edit this file (see 0001-initial/up.sql).

-- What a list row shows about the household and the flags, kept on the case by the triggers below (whoever
-- writes the person or case_flag rows).
ALTER TABLE case_file ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE case_file ADD COLUMN person_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_file ADD COLUMN flag_list TEXT NOT NULL DEFAULT '';

UPDATE case_file SET
    display_name = COALESCE((SELECT trim(p.given_names || ' ' || p.family_name) FROM person p
                             WHERE p.case_id = case_file.id ORDER BY p.position LIMIT 1), ''),
    person_count = (SELECT count(*) FROM person p WHERE p.case_id = case_file.id),
    flag_list = COALESCE((SELECT group_concat(flag, ' ') FROM (SELECT f.flag FROM case_flag f
                          WHERE f.case_id = case_file.id ORDER BY f.flag)), '');

CREATE TRIGGER person_list_insert AFTER INSERT ON person
BEGIN
    UPDATE case_file SET
        person_count = person_count + 1,
        display_name = COALESCE((SELECT trim(p.given_names || ' ' || p.family_name) FROM person p
                                 WHERE p.case_id = new.case_id ORDER BY p.position LIMIT 1), '')
    WHERE id = new.case_id;
END;

CREATE TRIGGER person_list_update AFTER UPDATE OF given_names, family_name, position, case_id ON person
BEGIN
    UPDATE case_file SET
        person_count = (SELECT count(*) FROM person p WHERE p.case_id = case_file.id),
        display_name = COALESCE((SELECT trim(p.given_names || ' ' || p.family_name) FROM person p
                                 WHERE p.case_id = case_file.id ORDER BY p.position LIMIT 1), '')
    WHERE id IN (old.case_id, new.case_id);
END;

CREATE TRIGGER person_list_delete AFTER DELETE ON person
BEGIN
    UPDATE case_file SET
        person_count = person_count - 1,
        display_name = COALESCE((SELECT trim(p.given_names || ' ' || p.family_name) FROM person p
                                 WHERE p.case_id = old.case_id ORDER BY p.position LIMIT 1), '')
    WHERE id = old.case_id;
END;

-- The flag filter starts from the flag: each case_flag row carries copies of the case's status, stage, update
-- time and due date, so that a flag's cases are read in the order of the page.
ALTER TABLE case_flag ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE case_flag ADD COLUMN stage TEXT NOT NULL DEFAULT '';
ALTER TABLE case_flag ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_flag ADD COLUMN due_on TEXT;

UPDATE case_flag SET (status, stage, updated_at, due_on) =
    (SELECT c.status, c.stage, c.updated_at, c.due_on FROM case_file c WHERE c.id = case_flag.case_id);

CREATE TRIGGER case_flag_list_insert AFTER INSERT ON case_flag
BEGIN
    UPDATE case_flag SET (status, stage, updated_at, due_on) =
        (SELECT c.status, c.stage, c.updated_at, c.due_on FROM case_file c WHERE c.id = new.case_id)
    WHERE case_id = new.case_id AND flag = new.flag;
    UPDATE case_file SET flag_list = COALESCE((SELECT group_concat(flag, ' ') FROM (SELECT f.flag FROM case_flag f
                                               WHERE f.case_id = new.case_id ORDER BY f.flag)), '')
    WHERE id = new.case_id;
END;

CREATE TRIGGER case_flag_list_delete AFTER DELETE ON case_flag
BEGIN
    UPDATE case_file SET flag_list = COALESCE((SELECT group_concat(flag, ' ') FROM (SELECT f.flag FROM case_flag f
                                               WHERE f.case_id = old.case_id ORDER BY f.flag)), '')
    WHERE id = old.case_id;
END;

CREATE TRIGGER case_file_to_flags AFTER UPDATE OF status, stage, updated_at, due_on ON case_file
BEGIN
    UPDATE case_flag SET status = new.status, stage = new.stage, updated_at = new.updated_at, due_on = new.due_on
    WHERE case_id = new.id;
END;

-- The case list: each index is a filter's equality columns, then a sort's columns (the rowid, last in every
-- index, breaks ties). "Earliest due first, cases without a due date last" is (due_on IS NULL, due_on).
CREATE INDEX case_file_status_stage_updated ON case_file (status, stage, updated_at);
CREATE INDEX case_file_status_stage_due ON case_file (status, stage, due_on IS NULL, due_on);
CREATE INDEX case_file_status_due ON case_file (status, due_on IS NULL, due_on);
CREATE INDEX case_file_stage_due ON case_file (stage, due_on IS NULL, due_on);
CREATE INDEX case_file_due_sort ON case_file (due_on IS NULL, due_on);
-- Replaced by case_file_due_sort (a due-by filter is a range of it).
DROP INDEX case_file_due;

CREATE INDEX case_flag_status_stage_updated ON case_flag (flag, status, stage, updated_at, case_id);
CREATE INDEX case_flag_status_stage_due ON case_flag (flag, status, stage, due_on IS NULL, due_on, case_id);
CREATE INDEX case_flag_updated ON case_flag (flag, updated_at, case_id);
CREATE INDEX case_flag_due ON case_flag (flag, due_on IS NULL, due_on, case_id);
-- Replaced by the indexes above, which all start with the flag.
DROP INDEX case_flag_by_flag;
