-- Supervisors' actions on agents from the agent board: who asked what, when, and how it ended. One row per
-- action, written in one transaction once the action has ended: confirmed by the feed, refused (with the
-- source's reason), failed (with what went wrong) or timed out.

CREATE TABLE supervisor_action (
    id             INTEGER PRIMARY KEY,
    command_id     TEXT    NOT NULL UNIQUE, -- sent to the feed server; the confirming event carries it
    requested_ms   INTEGER NOT NULL,        -- when the supervisor asked, epoch ms UTC (this computer's clock)
    completed_ms   INTEGER NOT NULL,        -- when the outcome was known
    supervisor     TEXT    NOT NULL,
    agent          TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (action IN ('ready', 'not_ready', 'log_out')),
    reason         TEXT,                    -- the not-ready reason code asked for
    outcome        TEXT    NOT NULL CHECK (outcome IN ('confirmed', 'refused', 'failed', 'timed_out')),
    message        TEXT    NOT NULL,        -- why it was refused or failed, or what confirmed it
    confirming_seq INTEGER,                 -- the seq of the feed event that confirmed it
    feed           TEXT                     -- the feed server asked, e.g. http://127.0.0.1:7411
);
CREATE INDEX supervisor_action_requested ON supervisor_action (requested_ms);
