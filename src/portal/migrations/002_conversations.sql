-- One conversation record per cooperation, following the questions of its conversation guide.
-- `public` is set by a beheerder only; a record is published on the site when it is public and
-- 'vastgesteld'. Every save raises `version` (optimistic concurrency, as for proposals).
create table conversation (
  cooperation_id text primary key,
  status text not null check (status in ('concept', 'vastgesteld')),
  held_on date,
  participants text not null default '',
  public boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by integer references app_user (id)
);

-- The answers, with the question's id, group and text as they were when answered (the guide's
-- questions follow the data and may change later).
create table conversation_answer (
  cooperation_id text not null references conversation (cooperation_id) on delete cascade,
  question_id text not null,
  question_group text not null,
  question_text text not null,
  position integer not null,
  answer text not null default '',
  agreement text not null default '',
  primary key (cooperation_id, question_id)
);
