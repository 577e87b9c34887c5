-- A search sets accents and case aside: "jose" finds José, "lukasz" Łukasz, "yildiz" Yıldız,
-- "irem" İrem. Text is decomposed (NFD), its combining accents dropped, lower-cased, and the
-- letters that have no decomposition (ł, ø, đ, ħ, dotless ı) and the final sigma mapped to
-- plain ones (their capitals too: a database in the C locale lower-cases ASCII only). The
-- memory store folds alike (contract/rules/search-fold.ts), and tests hold the two to the same
-- answers. Dropping the accents first also keeps lower() off İ, which PostgreSQL's libc and ICU
-- locales lower differently.
CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(lower(regexp_replace(normalize($1, NFD), '[\u0300-\u036f]', '', 'g')),
    'ςłøđħıŁØĐĦ', 'σlodhilodh') $$;

-- A stored generated column is computed when written: it is dropped and added again to be
-- computed anew for the candidates already there.
ALTER TABLE candidates DROP COLUMN search_text;

CREATE OR REPLACE FUNCTION candidate_search_text(name text, title text, company text, skills text[])
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT search_fold(name || chr(31) || coalesce(title, '') || chr(31)
    || coalesce(company, '') || chr(31) || array_to_string(skills, chr(31))) $$;

ALTER TABLE candidates ADD COLUMN search_text text NOT NULL
  GENERATED ALWAYS AS (candidate_search_text(name, current_title, current_company, skills)) STORED;
