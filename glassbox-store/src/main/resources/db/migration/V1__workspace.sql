-- The workspace's schema, version 1. Plain SQL that SQLite and PostgreSQL both accept: one set of
-- migrations serves both engines. Times are milliseconds since the epoch (UTC); flags are 0/1.
CREATE TABLE users (
    name          VARCHAR(200) PRIMARY KEY,
    password_hash VARCHAR(400) NOT NULL,
    admin         INTEGER      NOT NULL,
    created_ms    BIGINT       NOT NULL
);

CREATE TABLE api_tokens (
    token_hash VARCHAR(128) PRIMARY KEY,
    user_name  VARCHAR(200) NOT NULL,
    created_ms BIGINT       NOT NULL
);

CREATE TABLE sessions (
    session_hash VARCHAR(128) PRIMARY KEY,
    user_name    VARCHAR(200) NOT NULL,
    csrf         VARCHAR(128) NOT NULL,
    created_ms   BIGINT       NOT NULL,
    seen_ms      BIGINT       NOT NULL
);

CREATE TABLE projects (
    id         VARCHAR(200) PRIMARY KEY,
    name       TEXT         NOT NULL,
    created_ms BIGINT       NOT NULL
);

CREATE TABLE members (
    project_id VARCHAR(200) NOT NULL,
    user_name  VARCHAR(200) NOT NULL,
    role       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (project_id, user_name)
);

-- One row per case: its case.yaml and codebook.yaml text, the version of each, the case's overall
-- version (raised by every write: the key of cached analyses), and the next row and change numbers.
CREATE TABLE cases (
    project_id       VARCHAR(200) NOT NULL,
    case_id          VARCHAR(200) NOT NULL,
    name             TEXT         NOT NULL,
    version          BIGINT       NOT NULL,
    record_version   BIGINT       NOT NULL,
    codebook_version BIGINT       NOT NULL,
    case_yaml        TEXT         NOT NULL,
    codebook_yaml    TEXT,
    next_row         BIGINT       NOT NULL,
    next_change      BIGINT       NOT NULL,
    deleted          INTEGER      NOT NULL,
    updated_ms       BIGINT       NOT NULL,
    PRIMARY KEY (project_id, case_id)
);

-- The rows of a case's tables (actors, ties, events, indicators, sources), keyed by the case
-- format's column names in a JSON object; row_no is the stable number the server assigns.
CREATE TABLE case_rows (
    project_id VARCHAR(200) NOT NULL,
    case_id    VARCHAR(200) NOT NULL,
    tbl        VARCHAR(16)  NOT NULL,
    row_no     BIGINT       NOT NULL,
    rid        TEXT,
    version    BIGINT       NOT NULL,
    data       TEXT         NOT NULL,
    PRIMARY KEY (project_id, case_id, tbl, row_no)
);
CREATE INDEX case_rows_by_id ON case_rows (project_id, case_id, tbl, rid);

-- Every change of a case: who, when, which row, before and after (JSON, null for add/delete).
CREATE TABLE history (
    project_id  VARCHAR(200) NOT NULL,
    case_id     VARCHAR(200) NOT NULL,
    n           BIGINT       NOT NULL,
    at_ms       BIGINT       NOT NULL,
    user_name   VARCHAR(200) NOT NULL,
    tbl         VARCHAR(16)  NOT NULL,
    rid         TEXT,
    row_no      BIGINT,
    action      VARCHAR(16)  NOT NULL,
    before_data TEXT,
    after_data  TEXT,
    PRIMARY KEY (project_id, case_id, n)
);
