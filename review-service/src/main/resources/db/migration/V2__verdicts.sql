-- The desk's published verdict on a claim: one per claim, written by an editor. Publishing again replaces it
-- (the audit trail keeps every version); first_published_at stays, published_at is the latest publication.
create table verdict (
    claim_id           uuid primary key references claim (id),
    verdict            text        not null
        check (verdict in ('TRUE', 'MOSTLY_TRUE', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'OPINION')),
    explanation        text        not null check (char_length(explanation) between 1 and 5000),
    explanation_en     text check (char_length(explanation_en) <= 5000),
    editor             text        not null,
    published_at       timestamptz not null,
    first_published_at timestamptz not null,
    check (published_at >= first_published_at)
);

-- Publishing closes the claim's open lease: a lease can now also end because its claim was PUBLISHED.
alter table lease drop constraint lease_release_reason_check;
alter table lease add constraint lease_release_reason_check
    check (release_reason in ('REVIEWED', 'EXPIRED', 'RELEASED', 'PUBLISHED'));
