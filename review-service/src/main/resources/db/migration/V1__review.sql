-- Review's own copy of what it needs: articles (the context claims.extracted carries), their claims, the queues
-- reviewers pull work from, leases, reviews and an append-only audit trail. Outbox and inbox come from
-- db/isnad-common.

-- The article as extraction saw it: claim offsets are UTF-16 indices into text. Upserted on every event.
create table article (
    id           uuid primary key,
    title        text        not null,
    text         text        not null,
    url          text,
    outlet       text,
    language     text,
    published_at timestamptz,
    received_at  timestamptz not null,
    updated_at   timestamptz not null
);

-- A claim keeps the id extraction gave it, so a redelivered or replayed event can never store it twice.
-- entities holds the entity objects the claim's entityRefs pointed to (denormalised: no join table to keep in
-- step with the article's entity list). text_normalized is the Arabic-normalised text that q= searches.
-- review_count and leased_by/leased_until are kept on the row, in the transactions that change them, so the
-- lease query filters and locks one table (see LeaseRepository).
create table claim (
    id                       uuid primary key,
    article_id               uuid             not null references article (id),
    text                     text             not null,
    text_normalized          text             not null,
    start_offset             integer          not null check (start_offset >= 0),
    end_offset               integer          not null,
    checkworthiness          double precision not null check (checkworthiness between 0 and 1),
    checkworthiness_features jsonb            not null default '{}',
    source_type              text             not null
        check (source_type in ('NAMED_PERSON', 'OFFICIAL', 'OUTLET', 'ANONYMOUS', 'UNATTRIBUTED')),
    source                   text,
    outlet                   text,
    cue                      text,
    quantities               jsonb            not null default '[]',
    entities                 jsonb            not null default '[]',
    extractor_version        text             not null,
    language                 text,
    status                   text             not null default 'NEW'
        check (status in ('NEW', 'IN_REVIEW', 'CONSENSUS', 'DISPUTED', 'PUBLISHED')),
    reviews_required         integer          not null default 2 check (reviews_required >= 1),
    review_count             integer          not null default 0 check (review_count >= 0),
    leased_by                text,
    leased_until             timestamptz,
    created_at               timestamptz      not null,
    updated_at               timestamptz      not null,
    check (end_offset >= start_offset)
);
create index claim_article_idx on claim (article_id, start_offset);
create index claim_status_idx on claim (status, created_at desc);
-- the lease query's order over claims that still need reviews
create index claim_open_idx on claim (checkworthiness desc, created_at desc) where status in ('NEW', 'IN_REVIEW');

-- A named view of the claims: every non-null filter column must match. reviews_required, when set, raises the
-- number of reviews a matching claim needs (a claim takes the highest of the service default and its queues').
create table queue (
    name                text primary key check (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    title_ar            text             not null,
    title_en            text             not null,
    position            integer          not null default 100,
    language            text,
    outlet              text,
    entity              text,
    source_type         text
        check (source_type in ('NAMED_PERSON', 'OFFICIAL', 'OUTLET', 'ANONYMOUS', 'UNATTRIBUTED')),
    min_checkworthiness double precision check (min_checkworthiness between 0 and 1),
    reviews_required    integer check (reviews_required >= 1),
    created_at          timestamptz      not null default now()
);
insert into queue (name, title_ar, title_en, position, source_type, min_checkworthiness) values
    ('all', 'كل الادعاءات', 'All claims', 10, null, null),
    ('anonymous-sourcing', 'مصادر مجهولة', 'Anonymous sourcing', 20, 'ANONYMOUS', null),
    ('high-priority', 'أولوية عالية', 'High priority', 30, null, 0.7);

-- A reviewer's exclusive, time-limited hold on a claim. Open = released_at is null; an open lease past its
-- expires_at is closed (EXPIRED) by the next lease of that claim or that reviewer in that queue. queue is the
-- name at lease time (history, not a foreign key).
create table lease (
    id             uuid primary key,
    claim_id       uuid        not null references claim (id),
    queue          text        not null,
    reviewer       text        not null,
    leased_at      timestamptz not null,
    expires_at     timestamptz not null,
    released_at    timestamptz,
    release_reason text check (release_reason in ('REVIEWED', 'EXPIRED', 'RELEASED')),
    check (expires_at > leased_at),
    check ((released_at is null) = (release_reason is null))
);
-- at most one open lease per claim, and per reviewer and queue (which makes "lease" idempotent under races)
create unique index lease_open_claim_idx on lease (claim_id) where released_at is null;
create unique index lease_open_reviewer_queue_idx on lease (reviewer, queue) where released_at is null;
create index lease_claim_idx on lease (claim_id);

-- One review per reviewer per claim: the rubric ratings, the suggested verdict, evidence and notes.
create table review (
    id             uuid primary key,
    claim_id       uuid        not null references claim (id),
    lease_id       uuid        not null references lease (id),
    reviewer       text        not null,
    sourcing       integer     not null check (sourcing between 1 and 5),
    evidence       integer     not null check (evidence between 1 and 5),
    signals        jsonb       not null default '{}',
    verdict        text        not null
        check (verdict in ('TRUE', 'MOSTLY_TRUE', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'OPINION')),
    evidence_links jsonb       not null default '[]',
    notes          text check (char_length(notes) <= 10000),
    created_at     timestamptz not null,
    unique (claim_id, reviewer)
);

-- Who did what to which claim, never changed or removed once written.
create table audit_event (
    id       bigint generated always as identity primary key,
    at       timestamptz not null,
    actor    text        not null,
    action   text        not null,
    claim_id uuid,
    detail   jsonb       not null default '{}'
);
create index audit_event_claim_idx on audit_event (claim_id, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
