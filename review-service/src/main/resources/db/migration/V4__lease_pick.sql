-- The lease pick walks one index in lease order and stops at the first claim the caller may take (see
-- LeaseRepository#lockNextClaim). The index holds only claims that still need reviews, so finished claims never
-- have to be stepped over; the predicate is exactly QueueFilter.NEEDS_REVIEWS, which lets the planner use it.
create index claim_lease_pick_idx on claim (checkworthiness desc, created_at desc, id)
    where status in ('NEW', 'IN_REVIEW') and review_count < reviews_required;
-- superseded: same order, but it also held claims whose reviews were complete
drop index claim_open_idx;

-- Leasing, renewing and releasing rewrite a claim row (leased_by, leased_until, updated_at) and touch no indexed
-- column: free space on each page lets PostgreSQL keep those new row versions on the page (HOT updates) instead
-- of adding index entries to every index of the table on each lease. Applies to pages written from now on.
alter table claim set (fillfactor = 80);

