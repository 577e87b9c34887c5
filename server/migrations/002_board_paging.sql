-- Big boards. A column is read a page at a time in rank order from a cursor, through
-- applications_board_idx (job, stage, rank, id), and counted per stage and status.

-- The counts: an index-only scan once a vacuum has marked the pages all-visible.
CREATE INDEX applications_stage_status_idx ON applications (job_id, stage_id, status);
-- Nothing reads by job and status without the stage any more: one index less to update.
DROP INDEX applications_status_idx;

-- The search looks in the name, current title, current company and skills. Lower-casing them
-- on every search is what makes it slow (PGlite has no pg_trgm to index it), so they are
-- lower-cased once, when written, and joined by U+001F, which a search may not contain (the
-- contract refuses control characters): a match never spans two fields. array_to_string is
-- only STABLE in general, but for text[] it depends on nothing else, hence IMMUTABLE here.
CREATE FUNCTION candidate_search_text(name text, title text, company text, skills text[])
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(name || chr(31) || coalesce(title, '') || chr(31) || coalesce(company, '')
    || chr(31) || array_to_string(skills, chr(31))) $$;

ALTER TABLE candidates ADD COLUMN search_text text NOT NULL
  GENERATED ALWAYS AS (candidate_search_text(name, current_title, current_company, skills)) STORED;
