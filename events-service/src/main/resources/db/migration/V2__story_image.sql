-- The story index as of a feed position, written every few thousand assignments: at startup the index is
-- read from the latest image and only the story_log rows after its seq are replayed.
create table story_image (
    seq      bigint primary key,
    taken_at timestamptz not null default now(),
    state    bytea       not null
);
