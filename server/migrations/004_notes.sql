-- Notes on applications with @mentions, and the notifications mentions send.

CREATE TABLE notes (
  id text PRIMARY KEY,
  -- Insertion order, for notes of one application written at the same instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  application_id text COLLATE "C" NOT NULL REFERENCES applications ON DELETE CASCADE,
  -- As named when written (like stage_history): a log, without a foreign key to users.
  author_id text NOT NULL,
  author_name text NOT NULL,
  body text NOT NULL,
  -- The team members it mentioned (and notified), [{"id", "name"}] in order of first mention.
  mentions jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

-- An application's notes, oldest first (the activity timeline).
CREATE INDEX notes_application_idx ON notes (application_id, created_at, seq);

CREATE TABLE notifications (
  id text PRIMARY KEY,
  -- Insertion order: of two notifications at the same instant, the later written is newer.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('mention')),
  note_id text NOT NULL REFERENCES notes ON DELETE CASCADE,
  -- What the user was told, as it was then (the excerpt, the candidate's name).
  application_id text NOT NULL,
  job_id text NOT NULL,
  candidate_name text NOT NULL,
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  excerpt text NOT NULL,
  at timestamptz NOT NULL,
  read_at timestamptz
);

-- A user's newest notifications; the partial index counts (and marks) their unread ones.
CREATE INDEX notifications_user_idx ON notifications (user_id, at DESC, seq DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
-- The cascade when a note goes (with its application) finds its notifications.
CREATE INDEX notifications_note_idx ON notifications (note_id);

-- 'note.created' events: 003_reviews.sql already lets events carry every ChangeKind.
