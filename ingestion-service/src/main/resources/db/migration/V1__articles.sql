-- Articles as received and cleaned. content_hash (SHA-256 of the normalised text) makes exact duplicates
-- impossible to store twice, even under concurrent submissions.
create table article (
    id              uuid primary key,
    title           text        not null,
    body            text        not null,
    url             text,
    outlet          text,
    language        text,
    published_at    timestamptz,
    content_hash    char(64)    not null unique,
    status          text        not null check (status in ('RECEIVED', 'EXTRACTED', 'FAILED')),
    failure_reason  text,
    submitted_by    text        not null,
    received_at     timestamptz not null,
    extracted_at    timestamptz,
    extractor_version text
);
create index article_received_at_idx on article (received_at desc);

-- Ids of the claims extraction found, in article order (owned by review-service; we keep the ids for status).
create table article_claim (
    article_id uuid    not null references article (id) on delete cascade,
    ordinal    integer not null,
    claim_id   uuid    not null,
    primary key (article_id, ordinal)
);

-- Where else the same text was submitted: fact-checkers care that a story was republished, and by whom.
create table article_appearance (
    id           bigint generated always as identity primary key,
    article_id   uuid        not null references article (id) on delete cascade,
    url          text,
    outlet       text,
    submitted_by text        not null,
    seen_at      timestamptz not null
);
create index article_appearance_article_idx on article_appearance (article_id);

-- Idempotency-Key replay: the same key from the same caller returns the first answer.
create table idempotency_record (
    principal      text        not null,
    idempotency_key text       not null,
    request_hash   char(64)    not null,
    article_id     uuid        not null references article (id) on delete cascade,
    duplicate      boolean     not null,
    created_at     timestamptz not null,
    primary key (principal, idempotency_key)
);
