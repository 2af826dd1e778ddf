-- QA: scorecard versions and the evaluations scored with them (product brief §5; the same model as
-- docs/qa-format.md). A scorecard version is frozen once active; an evaluation refers to the exact
-- (scorecard_id, version) it was scored with, which keeps that version alive. Content rows are keyed by
-- position, since a draft may hold what an editor typed so far (even two options with the same id).
-- Times are epoch milliseconds, UTC. Enum values are the lower-case names of the QA file format.

CREATE TABLE qa_scorecard (
    id           TEXT    NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    name         TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL CHECK (status IN ('draft', 'active', 'retired')),
    created_ms   INTEGER NOT NULL,
    activated_ms INTEGER,
    retired_ms   INTEGER,
    PRIMARY KEY (id, version)
);
-- at most one draft and one active version of a scorecard at a time
CREATE UNIQUE INDEX qa_scorecard_one_draft ON qa_scorecard (id) WHERE status = 'draft';
CREATE UNIQUE INDEX qa_scorecard_one_active ON qa_scorecard (id) WHERE status = 'active';

CREATE TABLE qa_section (
    scorecard_id TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    section_id   TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    weight       REAL,             -- percent; NULL only for a draft's weight that is not a number
    PRIMARY KEY (scorecard_id, version, position),
    FOREIGN KEY (scorecard_id, version) REFERENCES qa_scorecard (id, version) ON DELETE CASCADE
);

CREATE TABLE qa_question (
    scorecard_id     TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    section_position INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    question_id      TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    help             TEXT    NOT NULL DEFAULT '',
    type             TEXT    NOT NULL CHECK (type IN ('yes_no', 'scale', 'choice')),
    scale_min        INTEGER,          -- scale questions only
    scale_max        INTEGER,
    na_allowed       INTEGER NOT NULL,
    required         INTEGER NOT NULL,
    critical         TEXT    NOT NULL CHECK (critical IN ('none', 'section', 'form')),
    PRIMARY KEY (scorecard_id, version, section_position, position),
    FOREIGN KEY (scorecard_id, version) REFERENCES qa_scorecard (id, version) ON DELETE CASCADE
);

CREATE TABLE qa_option (
    scorecard_id      TEXT    NOT NULL,
    version           INTEGER NOT NULL,
    section_position  INTEGER NOT NULL,
    question_position INTEGER NOT NULL,
    position          INTEGER NOT NULL,
    option_id         TEXT    NOT NULL,
    label             TEXT    NOT NULL,
    points            REAL,             -- NULL only for a draft's points that are not a number
    fails             INTEGER NOT NULL, -- 1: picking it fails a critical question
    PRIMARY KEY (scorecard_id, version, section_position, question_position, position),
    FOREIGN KEY (scorecard_id, version) REFERENCES qa_scorecard (id, version) ON DELETE CASCADE
);

CREATE TABLE qa_evaluation (
    id                TEXT    PRIMARY KEY,
    scorecard_id      TEXT    NOT NULL,
    scorecard_version INTEGER NOT NULL,
    call_id           TEXT    NOT NULL,
    agent_id          TEXT    NOT NULL,
    evaluator_id      TEXT    NOT NULL,
    recording_uri     TEXT,
    status            TEXT    NOT NULL
                      CHECK (status IN ('draft', 'submitted', 'acknowledged', 'disputed', 'resolved')),
    comment           TEXT    NOT NULL DEFAULT '',
    created_ms        INTEGER NOT NULL,
    submitted_ms      INTEGER,          -- when it was submitted: where it sits on an agent's trend
    score_percent     REAL,             -- the overall score when last saved (NULL: nothing counts), for reports
    failed            INTEGER NOT NULL DEFAULT 0, -- 1 when a fail-all critical question failed the form
    revision          INTEGER NOT NULL, -- grows by one per save; a save based on an older one is refused
    FOREIGN KEY (scorecard_id, scorecard_version) REFERENCES qa_scorecard (id, version)
);
CREATE INDEX qa_evaluation_agent ON qa_evaluation (agent_id, submitted_ms);
CREATE INDEX qa_evaluation_call ON qa_evaluation (call_id);
CREATE INDEX qa_evaluation_scorecard ON qa_evaluation (scorecard_id, scorecard_version);

CREATE TABLE qa_answer (
    evaluation_id  TEXT    NOT NULL REFERENCES qa_evaluation (id) ON DELETE CASCADE,
    question_id    TEXT    NOT NULL,
    option_id      TEXT,                       -- NULL for N/A, or a comment without an answer yet
    not_applicable INTEGER NOT NULL DEFAULT 0,
    comment        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (evaluation_id, question_id)
);

CREATE TABLE qa_timed_comment (
    evaluation_id TEXT    NOT NULL REFERENCES qa_evaluation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    offset_ms     INTEGER NOT NULL, -- into the recording
    question_id   TEXT,
    text          TEXT    NOT NULL,
    PRIMARY KEY (evaluation_id, position)
);

CREATE TABLE qa_dispute (
    evaluation_id    TEXT    NOT NULL REFERENCES qa_evaluation (id) ON DELETE CASCADE,
    question_id      TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    raised_by        TEXT    NOT NULL,
    raised_ms        INTEGER NOT NULL,
    outcome          TEXT    CHECK (outcome IN ('upheld', 'changed')), -- NULL while open
    before_option_id TEXT,
    before_na        INTEGER,
    before_comment   TEXT,
    after_option_id  TEXT,
    after_na         INTEGER,
    after_comment    TEXT,
    note             TEXT,
    reviewer         TEXT,
    resolved_ms      INTEGER,
    PRIMARY KEY (evaluation_id, question_id)
);

-- Who did what when; rows are only ever added.
CREATE TABLE qa_history (
    evaluation_id TEXT    NOT NULL REFERENCES qa_evaluation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    at_ms         INTEGER NOT NULL,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    question_id   TEXT,
    detail        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (evaluation_id, position)
);
