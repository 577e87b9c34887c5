-- Hirelane's tables. Ids and ranks that order cards use the "C" collation: fractional-index
-- ranks compare by code unit (like JavaScript's `<`), whatever the database's locale says.

CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'recruiter', 'hiring_manager', 'interviewer')),
  -- scrypt `salt:hash`; null: this user cannot sign in with a password.
  password_hash text
);

CREATE TABLE jobs (
  id text PRIMARY KEY,
  -- Listing order (the order the seed gave).
  position integer NOT NULL,
  title text NOT NULL,
  team text NOT NULL,
  location text NOT NULL,
  employment_type text NOT NULL,
  description text NOT NULL,
  requirements jsonb NOT NULL
);

CREATE TABLE stages (
  id text PRIMARY KEY,
  job_id text NOT NULL REFERENCES jobs ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('active', 'offer', 'hired')),
  -- Pipeline order within the job.
  position integer NOT NULL,
  UNIQUE (job_id, position),
  -- Lets applications check that their stage belongs to their job.
  UNIQUE (job_id, id)
);

CREATE TABLE candidates (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL,
  phone text,
  location text,
  github_url text,
  linkedin_url text,
  website_url text,
  current_title text,
  current_company text,
  backend_years double precision NOT NULL,
  go_years double precision NOT NULL,
  skills text[] NOT NULL,
  resume_text text NOT NULL,
  tags text[] NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- The target of applications' copy of the email.
  UNIQUE (id, email)
);

CREATE TABLE applications (
  id text COLLATE "C" PRIMARY KEY,
  job_id text NOT NULL,
  candidate_id text NOT NULL,
  -- The candidate's email, copied so that one person applies to an opening once. The foreign
  -- key below checks the copy and ON UPDATE CASCADE carries an email change into it.
  candidate_email text NOT NULL,
  stage_id text NOT NULL,
  rank text COLLATE "C" NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'rejected', 'withdrawn', 'hired')),
  rejection_reason text,
  rejection_note text,
  source text NOT NULL,
  applied_at date NOT NULL,
  stage_entered_at timestamptz NOT NULL,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  FOREIGN KEY (candidate_id, candidate_email) REFERENCES candidates (id, email)
    ON UPDATE CASCADE,
  FOREIGN KEY (job_id, stage_id) REFERENCES stages (job_id, id),
  CHECK (rejection_reason IS NOT NULL OR rejection_note IS NULL)
);

CREATE UNIQUE INDEX applications_job_email_key ON applications (job_id, candidate_email);
-- The board: a job's cards by stage in rank order, and the nearest rank in a stage.
CREATE INDEX applications_board_idx
  ON applications (job_id, stage_id, rank COLLATE "C", id COLLATE "C");
CREATE INDEX applications_status_idx ON applications (job_id, status);
CREATE INDEX applications_candidate_idx ON applications (candidate_id);

CREATE TABLE stage_history (
  id text PRIMARY KEY,
  -- Insertion order, for entries of one application at the same instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  application_id text COLLATE "C" NOT NULL REFERENCES applications ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('applied', 'moved', 'rejected', 'withdrawn', 'restored')),
  -- A log of what was: stages and actors as named then, without foreign keys (which would
  -- also double the cost of seeding the largest table).
  from_stage_id text,
  to_stage_id text NOT NULL,
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  at timestamptz NOT NULL
);

CREATE INDEX stage_history_application_idx ON stage_history (application_id, at, seq);

CREATE TABLE job_roles (
  job_id text NOT NULL REFERENCES jobs ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('recruiter', 'hiring_manager')),
  PRIMARY KEY (job_id, user_id)
);

CREATE INDEX job_roles_user_idx ON job_roles (user_id);

CREATE TABLE interviewers (
  application_id text COLLATE "C" NOT NULL REFERENCES applications ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  PRIMARY KEY (application_id, user_id)
);

CREATE INDEX interviewers_user_idx ON interviewers (user_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE sign_in_attempts (
  key text NOT NULL,
  at timestamptz NOT NULL
);

CREATE INDEX sign_in_attempts_key_idx ON sign_in_attempts (key, at);

-- A log, not a relation: it keeps ids of jobs and applications a reset has since removed.
CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('application.created', 'application.changed', 'data.reset')),
  job_id text,
  application_id text,
  actor_id text,
  actor_name text,
  origin text,
  at timestamptz NOT NULL,
  CHECK ((actor_id IS NULL) = (actor_name IS NULL))
);
