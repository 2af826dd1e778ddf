-- Agent schedules (product brief §4): the roster (teams, agents, the queues each serves), the center's activity
-- codes, schedule blocks in two copies (the draft being edited and the published schedule that adherence and
-- staffing read), and every change to an agent's draft (who, when, before and after). Times are epoch ms UTC.

CREATE TABLE sched_team (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE sched_agent (
    id     TEXT PRIMARY KEY,                   -- the agent's id on the feed, e.g. a1001
    name   TEXT NOT NULL,
    team   TEXT REFERENCES sched_team (id),
    source TEXT NOT NULL DEFAULT 'user'        -- 'user', 'import', or 'simulator' for the sample roster
);

CREATE TABLE sched_skill (
    agent    TEXT    NOT NULL REFERENCES sched_agent (id) ON DELETE CASCADE,
    queue    TEXT    NOT NULL,
    position INTEGER NOT NULL,                 -- 0 for the agent's main queue
    PRIMARY KEY (agent, queue)
);

CREATE TABLE sched_activity_code (
    code          TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    layer         TEXT    NOT NULL CHECK (layer IN ('shift', 'activity', 'time_off')),
    colour        TEXT    NOT NULL,            -- #rrggbb
    paid          INTEGER NOT NULL CHECK (paid IN (0, 1)),
    on_queue      INTEGER NOT NULL CHECK (on_queue IN (0, 1)),
    shrinkage     INTEGER NOT NULL CHECK (shrinkage IN (0, 1)),
    grace_minutes INTEGER NOT NULL,
    expected      TEXT    NOT NULL,            -- agent states that adhere, comma separated (ready,on_call,...)
    reasons       TEXT    NOT NULL,            -- not-ready reason codes that adhere, comma separated, '' = any
    position      INTEGER NOT NULL
);

CREATE TABLE sched_item (
    copy        TEXT    NOT NULL CHECK (copy IN ('draft', 'published')),
    id          TEXT    NOT NULL,
    agent       TEXT    NOT NULL REFERENCES sched_agent (id),
    code        TEXT    NOT NULL REFERENCES sched_activity_code (code),
    start_ms    INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL CHECK (duration_ms > 0),
    PRIMARY KEY (copy, id)
);
CREATE INDEX sched_item_agent_start ON sched_item (copy, agent, start_ms);
CREATE INDEX sched_item_start ON sched_item (copy, start_ms);

-- One row per changed block of a draft (action insert / update / delete / restore / import), and one per
-- publication (agent and item NULL). before_* is NULL for an insert, after_* for a delete.
CREATE TABLE sched_change (
    id              INTEGER PRIMARY KEY,
    at_ms           INTEGER NOT NULL,
    author          TEXT    NOT NULL,
    action          TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore', 'import',
                                                       'publish', 'sample')),
    agent           TEXT,
    item_id         TEXT,
    before_code     TEXT,
    before_start_ms INTEGER,
    before_ms       INTEGER,
    after_code      TEXT,
    after_start_ms  INTEGER,
    after_ms        INTEGER,
    note            TEXT
);
CREATE INDEX sched_change_agent ON sched_change (agent, id);
