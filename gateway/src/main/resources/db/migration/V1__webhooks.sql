-- Partner webhooks: who wants which events where, each event the gateway took off gateway.webhooks (once, by its
-- CloudEvent id), and one delivery per (registration, event) with its retry state and log.
create table webhook_registration (
    id          uuid        primary key,
    owner       text        not null,   -- caller key of the registrant: client:<client id> or user:<user name>
    url         text        not null,
    events      text        not null,   -- comma-separated routing keys, e.g. claim.verdict-published
    description text,
    secret      text        not null,   -- HMAC key; needed in clear to sign, never returned after creation
    created_at  timestamptz not null
);
create index webhook_registration_owner_idx on webhook_registration (owner);

create table webhook_event (
    event_id    text        primary key,  -- the CloudEvent id
    event_type  text        not null,     -- routing key
    payload     text        not null,     -- the CloudEvent JSON exactly as partners receive it
    received_at timestamptz not null
);

create table webhook_delivery (
    id               bigint generated always as identity primary key,
    registration_id  uuid        not null references webhook_registration (id) on delete cascade,
    event_id         text        not null references webhook_event (event_id),
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    unique (registration_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_registration_idx on webhook_delivery (registration_id, id);
