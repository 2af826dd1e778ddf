-- The abandoned and overflowed calls, keyed by when they entered. The store writer adds about one row for every
-- three events of a busy feed; keyed by call id, each row went into a random place of the table and of a second
-- index on the entry time, and that cost the writer as much as storing the events themselves. Keyed by entry
-- time, rows go in near the end (calls leave minutes after they enter), the table is read in the order the
-- Reports screen lists the calls, and no second index is needed. A row is still never stored twice.

CREATE TABLE call_outcome_by_entry (
    feed_id        INTEGER NOT NULL,
    call_id        TEXT    NOT NULL,
    queue          TEXT    NOT NULL, -- '*' for the center's entry
    kind           TEXT    NOT NULL, -- 'abandoned' or 'overflowed'
    caller         TEXT,
    entered_ms     INTEGER NOT NULL,
    left_ms        INTEGER NOT NULL,
    wait_ms        INTEGER NOT NULL,
    entry_position INTEGER,
    position       INTEGER,
    reason         TEXT,             -- overflow reason
    target         TEXT,             -- overflow target queue
    PRIMARY KEY (entered_ms, call_id, queue, kind, left_ms, feed_id)
) WITHOUT ROWID;

INSERT INTO call_outcome_by_entry
SELECT feed_id, call_id, queue, kind, caller, entered_ms, left_ms, wait_ms, entry_position, position, reason, target
FROM call_outcome;

DROP TABLE call_outcome;
ALTER TABLE call_outcome_by_entry RENAME TO call_outcome;
