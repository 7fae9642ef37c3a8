-- One row per article and extractor version: the natural key that makes extraction idempotent even when the
-- same article is announced again under a new event id. The claims themselves live in review-service.
create table extraction (
    article_id        uuid        not null,
    extractor_version text        not null,
    language          text,
    claim_count       integer     not null,
    entity_count      integer     not null,
    failed            boolean     not null default false,
    failure_reason    text,
    extracted_at      timestamptz not null,
    primary key (article_id, extractor_version)
);
