-- Supervisors' excuses of agents' time out of adherence (product brief §4): the excused stretch, why, who, when.
-- Excused time is listed with the exception but does not count against adherence.

CREATE TABLE sched_excuse (
    id      INTEGER PRIMARY KEY,
    agent   TEXT    NOT NULL,
    from_ms INTEGER NOT NULL,
    to_ms   INTEGER NOT NULL CHECK (to_ms > from_ms),
    note    TEXT    NOT NULL,
    author  TEXT    NOT NULL,
    at_ms   INTEGER NOT NULL
);
CREATE INDEX sched_excuse_agent_from ON sched_excuse (agent, from_ms);
CREATE INDEX sched_excuse_from ON sched_excuse (from_ms);
