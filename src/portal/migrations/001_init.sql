-- Users, roles and sessions. Passwords are scrypt hashes; activation and session tokens are stored
-- only as SHA-256 hashes, so a copy of the database does not let anyone log in.
create table app_user (
  id serial primary key,
  email text not null unique,
  name text not null,
  role text not null check (role in ('beheerder', 'redacteur', 'lezer')),
  password_hash text,
  activation_hash text unique,
  activation_expires timestamptz,
  created_at timestamptz not null default now()
);

create table user_cooperation (
  user_id integer not null references app_user (id) on delete cascade,
  cooperation_id text not null,
  primary key (user_id, cooperation_id)
);

create table session (
  id_hash text primary key,
  user_id integer not null references app_user (id) on delete cascade,
  csrf text not null,
  expires_at timestamptz not null
);

-- Failed logins per key ('email:…' or 'ip:…'): the same counting for known and unknown addresses.
create table login_failure (
  key text primary key,
  failures integer not null,
  window_start timestamptz not null,
  locked_until timestamptz
);

-- The current dataset as the CSV contract. Editable sheets are kept per row with the row's original
-- text (raw), so unchanged rows are written back byte for byte; other sheets are kept whole.
create table dataset_sheet (
  sheet text primary key,
  file_name text not null,
  prefix text not null,
  header jsonb not null,
  header_raw text,
  delimiter text not null,
  eol text not null,
  final_eol boolean not null,
  body text
);

-- One record of an editable sheet (samenwerkingen, doelen); cooperation_id is the row's id or
-- samenwerking_id cell. Position orders the records as in the file.
create table sheet_row (
  id serial primary key,
  sheet text not null,
  position double precision not null,
  cooperation_id text,
  cells jsonb not null,
  raw text,
  unique (sheet, position)
);
create index sheet_row_cooperation on sheet_row (cooperation_id);

-- One version counter per cooperation: every approved change raises it (optimistic concurrency).
create table cooperation (
  id text primary key,
  version integer not null default 1
);

create table dataset_meta (
  key text primary key,
  value text not null
);

create table proposal (
  id serial primary key,
  cooperation_id text not null,
  kind text not null,
  payload jsonb not null,
  base_version integer not null,
  author_id integer not null references app_user (id),
  status text not null check (status in ('open', 'vraag', 'goedgekeurd', 'afgewezen', 'ingetrokken')),
  created_at timestamptz not null default now(),
  decided_by integer references app_user (id),
  decided_at timestamptz,
  decision_reason text
);
create index proposal_status on proposal (status);

create table proposal_message (
  id serial primary key,
  proposal_id integer not null references proposal (id),
  author_id integer not null references app_user (id),
  body text not null,
  created_at timestamptz not null default now()
);

create table publication (
  id serial primary key,
  published_at timestamptz not null default now(),
  published_by integer references app_user (id),
  release text not null,
  changelog jsonb not null
);

-- Append-only: who, when, what, before, after. Updates, deletes and truncation are refused.
create table audit_log (
  id serial primary key,
  at timestamptz not null default now(),
  actor_id integer,
  actor text not null,
  action text not null,
  entity text not null,
  entity_id text,
  before jsonb,
  after jsonb
);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
