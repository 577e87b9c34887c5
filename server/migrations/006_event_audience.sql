-- Users told of a change though they may no longer see its application (interviewers just
-- taken off it), so their boards drop it. Older events tell no one else.
ALTER TABLE events ADD COLUMN also_to text[] NOT NULL DEFAULT '{}';
