-- Case store, schema version 5: one index for the case lists sorted by due date instead of four, and one
-- instead of two on the flag rows. Due dates are spread over the year, so every imported case landed on a
-- different leaf page of each due-date index, and each import transaction rewrote most of their pages (the
-- indexes sorted by update time only grow at their end). The list query names these indexes (INDEXED BY, in
-- ops.rs list_sql) and filters status and stage inside them: they follow the due date and the case id, so a page
-- is still read in order without a sort.
-- Shipped: never edit this file (see 0001-initial/up.sql).

DROP INDEX case_file_status_stage_due;
DROP INDEX case_file_status_due;
DROP INDEX case_file_stage_due;
DROP INDEX case_file_due_sort;
CREATE INDEX case_file_due_list ON case_file (due_on IS NULL, due_on, id, status, stage);

DROP INDEX case_flag_status_stage_due;
DROP INDEX case_flag_due;
CREATE INDEX case_flag_due_list ON case_flag (flag, due_on IS NULL, due_on, case_id, status, stage);
