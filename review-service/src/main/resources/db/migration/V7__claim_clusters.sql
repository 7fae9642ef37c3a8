-- Claims that say the same thing (review's claim matcher) form a cluster: editors can publish one verdict for all.
-- A claim without a match has no cluster (cluster_id null); a cluster is made when a second claim joins one.
create table claim_cluster (
    id         uuid primary key,
    created_at timestamptz not null
);
alter table claim add column cluster_id uuid references claim_cluster (id);
create index claim_cluster_idx on claim (cluster_id, created_at) where cluster_id is not null;

-- The matcher's content stems of the claim's text: a new claim is compared only with earlier claims sharing
-- some (blocking), found through this index. Claims stored before V7 have none and are never candidates.
alter table claim add column match_stems text[] not null default '{}';
create index claim_match_stems_idx on claim using gin (match_stems);
