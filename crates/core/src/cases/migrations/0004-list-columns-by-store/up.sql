-- Case store, schema version 4: the list columns of migration 3 (display_name, person_count and flag_list on
-- case_file; status, stage, updated_at and due_on copied onto case_flag) are written by the store in the same
-- statements that write the cases, rather than by triggers that ran one more UPDATE per inserted person or flag
-- (bulk import was more than twice as slow with them). Every path that writes a case, a person or a flag goes
-- through the helpers in ops.rs (list_columns, refresh_list_columns, copy_to_flags).
-- Shipped: never edit this file (see 0001-initial/up.sql).

DROP TRIGGER person_list_insert;
DROP TRIGGER person_list_update;
DROP TRIGGER person_list_delete;
DROP TRIGGER case_flag_list_insert;
DROP TRIGGER case_flag_list_delete;
DROP TRIGGER case_file_to_flags;

-- The same for the name index of migration 2: inserting into the FTS5 table from a trigger, once per person,
-- cost more than all the other rows of an import together. The store indexes the names of the persons it
-- inserts with one statement per transaction (ops.rs, index_names_from). Corrections and deletions of names
-- are rare and stay with the triggers of migration 2.
DROP TRIGGER person_search_insert;
