-- The console's cache of the call-event feed. Every event is kept exactly as it arrived (body). The row id
-- packs the feed and the seq, id = feed_id * 2^40 + seq, so events of a feed are stored in seq order, an
-- event is found by (feed, seq) without a second index, and it is never stored twice.

CREATE TABLE feed (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    first_seen_ms INTEGER NOT NULL
);

CREATE TABLE event (
    id    INTEGER PRIMARY KEY, -- feed_id * 1099511627776 + seq
    ts_ms INTEGER NOT NULL,    -- when it happened, epoch ms UTC
    type  INTEGER NOT NULL,    -- see event_type
    body  TEXT    NOT NULL     -- the feed line, as received
);

CREATE TABLE event_type (
    code INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
);
INSERT INTO event_type (code, name) VALUES
    (1, 'call.entered'), (2, 'call.rejected'), (3, 'call.answered'), (4, 'call.abandoned'),
    (5, 'call.overflowed'), (6, 'call.transferred'), (7, 'call.ended'), (8, 'call.wrapup_ended'),
    (9, 'agent.ring_no_answer'), (20, 'agent.logged_in'), (21, 'agent.logged_out'), (22, 'agent.state'),
    (30, 'recording.available'), (40, 'queue.configured'), (41, 'site.configured');

-- For people reading the cache with the sqlite3 shell.
CREATE VIEW event_view AS
SELECT e.id >> 40 AS feed_id, e.id & 1099511627775 AS seq, e.ts_ms, t.name AS type, e.body
FROM event e LEFT JOIN event_type t ON t.code = e.type;

-- hour_mark(feed, hour, first_seq): every event of the feed with a time in that hour or later has a seq of
-- at least first_seq. It lets the console replay "today" without an index on time.
CREATE TABLE hour_mark (
    feed_id   INTEGER NOT NULL,
    hour      INTEGER NOT NULL, -- epoch hours, UTC
    first_seq INTEGER NOT NULL,
    PRIMARY KEY (feed_id, hour)
) WITHOUT ROWID;

-- Lines that could not be taken in, kept with the reason and the raw text.
CREATE TABLE set_aside (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER NOT NULL,
    seq         INTEGER,
    received_ms INTEGER NOT NULL,
    reason      TEXT    NOT NULL,
    raw         TEXT    NOT NULL
);
CREATE UNIQUE INDEX set_aside_feed_seq ON set_aside (feed_id, seq) WHERE seq IS NOT NULL;
