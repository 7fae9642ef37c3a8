-- Shared by every service (each in its own schema): the transactional outbox the relay publishes from, and
-- the inbox that makes consumers idempotent. Services add 'classpath:db/isnad-common' to Flyway's locations.
create table outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    routing_key  text        not null,
    subject      text,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index outbox_unpublished_idx on outbox (id) where published_at is null;

create table inbox (
    consumer    text        not null,
    event_id    text        not null,
    received_at timestamptz not null,
    primary key (consumer, event_id)
);
