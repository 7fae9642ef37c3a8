-- Admins manage queues through the API (PUT/DELETE /api/v1/queues/{name}). A queue may now take several source
-- types (any of them matches), carries a description in Arabic and English, and records when it last changed.
alter table queue add column source_types text[]
    check (source_types is null or (cardinality(source_types) >= 1 and source_types <@
        array['NAMED_PERSON', 'OFFICIAL', 'OUTLET', 'ANONYMOUS', 'UNATTRIBUTED']::text[]));
update queue set source_types = array[source_type] where source_type is not null;
alter table queue drop column source_type;
alter table queue add column description_ar text check (char_length(description_ar) <= 2000);
alter table queue add column description_en text check (char_length(description_en) <= 2000);
alter table queue add column updated_at timestamptz not null default now();
