-- A reviewer's own reviews, newest first (GET /api/v1/reviews/mine).
create index review_reviewer_idx on review (reviewer, created_at desc, id desc);
