-- Version 2: the files of format 1.1 documents (case-format.md, "documents.csv and documents/"): each
-- case's texts and originals under documents/, by path, as bytes (texts are UTF-8). The documents,
-- segments and objects tables themselves are rows of case_rows like the other tables. A file stays
-- when its documents row is deleted (a revert brings the row back with its text); export writes
-- only the files a documents row names.
CREATE TABLE case_files (
    project_id VARCHAR(200)  NOT NULL,
    case_id    VARCHAR(200)  NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    content    BYTEA         NOT NULL,
    PRIMARY KEY (project_id, case_id, path)
);
