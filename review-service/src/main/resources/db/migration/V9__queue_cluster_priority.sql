-- Queues order claims by check-worthiness lifted by how often the claim recurs, then newest first: a claim that
-- several outlets repeat reaches more readers, so among claims of similar check-worthiness it is checked first.
-- cluster_size is the number of claims in the claim's cluster (1 without one); ClaimClustering rewrites it on
-- every member after a claim joins. Each doubling adds 0.05: a claim at 0.60 repeated by 8 outlets sorts as 0.75.
alter table claim add column cluster_size integer not null default 1 check (cluster_size >= 1);
update claim c set cluster_size = m.n
from (select cluster_id, count(*)::int as n from claim where cluster_id is not null group by cluster_id) m
where c.cluster_id = m.cluster_id;
alter table claim add column queue_priority double precision not null
    generated always as (checkworthiness + 0.05 * ln(cluster_size::double precision) / ln(2.0::double precision)) stored;

-- The lease pick (LeaseRepository#lockNextClaim) walks this index in lease order; same partial predicate as the
-- V4 index it replaces (QueueFilter.NEEDS_REVIEWS).
create index claim_queue_pick_idx on claim (queue_priority desc, created_at desc, id)
    where status in ('NEW', 'IN_REVIEW') and review_count < reviews_required;
drop index claim_lease_pick_idx;

-- The matcher's stems are computed when a claim is stored (ClaimClustering); null now means "not computed yet".
-- Claims stored before V7 got '{}' and were never clustering candidates: ClaimStemBackfill computes theirs.
alter table claim alter column match_stems drop not null, alter column match_stems drop default;
update claim set match_stems = null where match_stems = '{}';
create index claim_stems_missing_idx on claim (created_at, id) where match_stems is null;
