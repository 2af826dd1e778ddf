-- Rollups for reports: per queue, per agent and per 15-minute bucket (bucket_ms: its start, epoch ms UTC),
-- kept up to date by the store writer in the same transaction as the events they come from, so that reports
-- never rescan raw events. Call outcomes count in the bucket in which the call entered (docs/metrics.md).
-- The agent counter columns are named as AgentCounters.SCALAR_NAMES.

CREATE TABLE rollup_queue (
    bucket_ms       INTEGER NOT NULL,
    queue           TEXT    NOT NULL, -- '*' for the whole center (each call once)
    counters        BLOB    NOT NULL, -- QueueCounters.encodeScalars(): the SCALAR_NAMES counts
    answered_waits  BLOB,             -- WaitHistogram.encode()
    abandoned_waits BLOB,
    PRIMARY KEY (bucket_ms, queue)
) WITHOUT ROWID;

CREATE TABLE rollup_agent (
    bucket_ms INTEGER NOT NULL,
    agent     TEXT    NOT NULL,
    queue     TEXT    NOT NULL, -- '*': the agent over all queues, with the time in each state
    answered INTEGER NOT NULL DEFAULT 0,
    sum_answer_wait_ms INTEGER NOT NULL DEFAULT 0,
    missed INTEGER NOT NULL DEFAULT 0,
    transferred INTEGER NOT NULL DEFAULT 0,
    handled INTEGER NOT NULL DEFAULT 0,
    sum_talk_ms INTEGER NOT NULL DEFAULT 0,
    sum_hold_ms INTEGER NOT NULL DEFAULT 0,
    sum_wrap_ms INTEGER NOT NULL DEFAULT 0,
    hung_up_agent INTEGER NOT NULL DEFAULT 0,
    hung_up_caller INTEGER NOT NULL DEFAULT 0,
    ms_ready INTEGER NOT NULL DEFAULT 0,
    ms_not_ready INTEGER NOT NULL DEFAULT 0,
    ms_on_call INTEGER NOT NULL DEFAULT 0,
    ms_wrap_up INTEGER NOT NULL DEFAULT 0,
    ms_logged_out INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket_ms, agent, queue)
) WITHOUT ROWID;

-- The same by UTC day, so that a month of a large center sums in a few thousand rows; a report's edges
-- that are not whole UTC days come from the 15-minute rows.
CREATE TABLE rollup_agent_day (
    day_ms    INTEGER NOT NULL, -- the UTC day, epoch ms of its midnight
    agent     TEXT    NOT NULL,
    queue     TEXT    NOT NULL, -- '*': the agent over all queues, with the time in each state
    answered INTEGER NOT NULL DEFAULT 0,
    sum_answer_wait_ms INTEGER NOT NULL DEFAULT 0,
    missed INTEGER NOT NULL DEFAULT 0,
    transferred INTEGER NOT NULL DEFAULT 0,
    handled INTEGER NOT NULL DEFAULT 0,
    sum_talk_ms INTEGER NOT NULL DEFAULT 0,
    sum_hold_ms INTEGER NOT NULL DEFAULT 0,
    sum_wrap_ms INTEGER NOT NULL DEFAULT 0,
    hung_up_agent INTEGER NOT NULL DEFAULT 0,
    hung_up_caller INTEGER NOT NULL DEFAULT 0,
    ms_ready INTEGER NOT NULL DEFAULT 0,
    ms_not_ready INTEGER NOT NULL DEFAULT 0,
    ms_on_call INTEGER NOT NULL DEFAULT 0,
    ms_wrap_up INTEGER NOT NULL DEFAULT 0,
    ms_logged_out INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day_ms, agent, queue)
) WITHOUT ROWID;

CREATE TABLE rollup_agent_reason (
    bucket_ms INTEGER NOT NULL,
    agent     TEXT    NOT NULL,
    reason    TEXT    NOT NULL, -- not-ready reason code, '' when none was given
    ms        INTEGER NOT NULL,
    PRIMARY KEY (bucket_ms, agent, reason)
) WITHOUT ROWID;

CREATE TABLE rollup_agent_reason_day (
    day_ms    INTEGER NOT NULL,
    agent     TEXT    NOT NULL,
    reason    TEXT    NOT NULL, -- not-ready reason code, '' when none was given
    ms        INTEGER NOT NULL,
    PRIMARY KEY (day_ms, agent, reason)
) WITHOUT ROWID;

-- The calls behind the abandon and overflow figures.
CREATE TABLE call_outcome (
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
    PRIMARY KEY (feed_id, call_id, queue, kind, left_ms)
) WITHOUT ROWID;
CREATE INDEX call_outcome_entered ON call_outcome (entered_ms);

-- How far each feed's events are in the rollups: a restart never counts an event twice.
CREATE TABLE rollup_state (
    feed_id     INTEGER PRIMARY KEY,
    applied_seq INTEGER NOT NULL
);
