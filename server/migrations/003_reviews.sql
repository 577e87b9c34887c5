-- Issue 5, reviews: interviewers per stage, interview plans, scorecards with their revisions,
-- and hiring decisions.

-- An interviewer interviews one stage of an application. Existing assignments were to the
-- application as a whole: they become assignments to its current stage, since it entered it.
ALTER TABLE interviewers ADD COLUMN stage_id text;
ALTER TABLE interviewers ADD COLUMN assigned_at timestamptz;
UPDATE interviewers i SET stage_id = a.stage_id, assigned_at = a.stage_entered_at
  FROM applications a WHERE a.id = i.application_id;
ALTER TABLE interviewers ALTER COLUMN stage_id SET NOT NULL;
ALTER TABLE interviewers ALTER COLUMN assigned_at SET NOT NULL;
ALTER TABLE interviewers ADD FOREIGN KEY (stage_id) REFERENCES stages ON DELETE CASCADE;
ALTER TABLE interviewers DROP CONSTRAINT interviewers_pkey;
-- By application (a card's assignments, a board page's in one read), then stage and user.
ALTER TABLE interviewers ADD PRIMARY KEY (application_id, stage_id, user_id);
-- "What does this user interview", and My reviews oldest first (it stops at its limit).
CREATE INDEX interviewers_user_assigned_idx ON interviewers (user_id, assigned_at);
DROP INDEX interviewers_user_idx;

-- A job's plan: its stages' competencies as one JSON array of {stageId, competencies}.
CREATE TABLE interview_plans (
  job_id text PRIMARY KEY REFERENCES jobs ON DELETE CASCADE,
  stages jsonb NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL
);

-- One author's scorecard for one stage of one application: the latest submission and the
-- author's draft, as JSON (ratings are keyed by competency, which plans may change).
CREATE TABLE scorecards (
  id text PRIMARY KEY,
  -- Insertion order, for "oldest first" among scorecards updated at the same instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  application_id text COLLATE "C" NOT NULL REFERENCES applications ON DELETE CASCADE,
  stage_id text NOT NULL REFERENCES stages ON DELETE CASCADE,
  author_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  author_name text NOT NULL,
  submitted jsonb,
  draft jsonb,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL,
  -- What a board card's summary reads of the submission, kept out of the JSON (reading it
  -- there costs more than the rest of a board page's summaries).
  recommendation text GENERATED ALWAYS AS (submitted->>'recommendation') STORED,
  submitted_at text GENERATED ALWAYS AS (submitted->>'submittedAt') STORED,
  -- Also the index of every read by application (a profile, a board page's summaries).
  UNIQUE (application_id, stage_id, author_id)
);

-- "What has this user drafted or submitted" (My reviews), by author.
CREATE INDEX scorecards_author_idx ON scorecards (author_id);

-- Earlier submissions an amendment replaced, oldest first.
CREATE TABLE scorecard_revisions (
  scorecard_id text NOT NULL REFERENCES scorecards ON DELETE CASCADE,
  position integer NOT NULL,
  content jsonb NOT NULL,
  PRIMARY KEY (scorecard_id, position)
);

CREATE TABLE decisions (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  application_id text COLLATE "C" NOT NULL REFERENCES applications ON DELETE CASCADE,
  decision text NOT NULL CHECK (decision IN ('advance', 'reject', 'offer', 'hire')),
  -- A log, like stage_history: stages and actors as they were, without foreign keys.
  from_stage_id text NOT NULL,
  to_stage_id text,
  reason text,
  note text,
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  at timestamptz NOT NULL
);

CREATE INDEX decisions_application_idx ON decisions (application_id, at, seq);

-- Every change kind of the contract (contract/events.ts), notes' included.
ALTER TABLE events DROP CONSTRAINT events_kind_check;
ALTER TABLE events ADD CONSTRAINT events_kind_check CHECK (kind IN ('application.created',
  'application.changed', 'scorecard.submitted', 'note.created', 'plan.changed', 'data.reset'));
