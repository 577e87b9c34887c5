-- The board columns a change touched (the application's stage before and after), so a board
-- refetches those columns and its counts, not every column. Older events name none.
ALTER TABLE events ADD COLUMN stage_ids text[] NOT NULL DEFAULT '{}';
