package org.glassbox.io.caseformat;

import java.util.List;
import java.util.Set;

/**
 * The case format's files and their columns (case-format.md, version 1 and the additions of 1.1), written down once: the
 * reader, the writer, the OCEL 2.0 mapping, the converter and the workspace's store all take them
 * from here. Column lists are in the order the writer writes them.
 */
public final class CaseTables {
    public static final String CASE = "case.yaml";
    public static final String CODEBOOK = "codebook.yaml";
    public static final String ACTORS = "actors.csv";
    public static final String TIES = "ties.csv";
    public static final String EVENTS = "events.csv";
    public static final String INDICATORS = "indicators.csv";
    public static final String SOURCES = "sources.csv";
    /** objects.csv (format 1.1): what events act upon, described. */
    public static final String OBJECTS = "objects.csv";
    /** documents.csv (format 1.1): the source documents, their texts under {@link #DOCUMENTS_DIR}. */
    public static final String DOCUMENTS = "documents.csv";
    /** segments.csv (format 1.1): coded passages of the documents. */
    public static final String SEGMENTS = "segments.csv";
    /** The folder the document texts (and originals) live in, with its slash. */
    public static final String DOCUMENTS_DIR = "documents/";
    /** Every file a case folder consists of (the document texts under {@link #DOCUMENTS_DIR} aside). */
    public static final List<String> FILES = List.of(CASE, ACTORS, TIES, EVENTS, INDICATORS, SOURCES, CODEBOOK,
            OBJECTS, DOCUMENTS, SEGMENTS);
    /** The format 1.1 tables, in the order they are read. */
    public static final List<String> FILES_1_1 = List.of(OBJECTS, DOCUMENTS, SEGMENTS);

    public static final List<String> ACTOR_COLUMNS = List.of("id", "name", "name_zh", "sector", "level", "function",
            "joined", "left");
    public static final List<String> TIE_COLUMNS = List.of("id", "from", "to", "type", "start", "end", "source");
    public static final List<String> EVENT_COLUMNS = List.of("id", "date", "type", "mechanism", "initiator", "targets",
            "participants", "objects", "title", "source", "from_jurisdiction");
    public static final List<String> INDICATOR_COLUMNS = List.of("date", "indicator", "value", "unit", "source");
    public static final List<String> SOURCE_COLUMNS = List.of("id", "title", "kind", "date", "url", "quote");
    public static final List<String> SOURCE_KINDS = List.of("document", "interview", "news", "statistic", "observation");
    /** objects.csv's columns (format 1.1). */
    public static final List<String> OBJECT_COLUMNS = List.of("id", "name", "name_zh", "audience", "launched_by");
    /** documents.csv's columns (format 1.1). */
    public static final List<String> DOCUMENT_COLUMNS = List.of("id", "source", "text", "original", "language", "access");
    /** segments.csv's columns (format 1.1). */
    public static final List<String> SEGMENT_COLUMNS = List.of("id", "document", "start", "end", "quote", "coder",
            "links", "codes", "memo");
    /** events.csv's column of exempted diagnostics (format 1.1), kept as the event attribute of that name. */
    public static final String EXEMPT = "exempt";
    /** events.csv's column with the reason of an exemption (format 1.1). */
    public static final String CODING_NOTE = "coding_note";
    /** The values case.yaml's {@code format} may take. */
    public static final List<String> FORMATS = List.of("1", "1.1");
    /** The keys of case.yaml; any other key is kept as an extra. */
    public static final Set<String> CASE_KEYS = Set.of("id", "name", "name_zh", "level", "parent", "period", "phases",
            "description", "format", "coders");
    /** The keys of a coder in case.yaml (format 1.1). */
    public static final Set<String> CODER_KEYS = Set.of("id", "name");
    /** The keys of a phase in case.yaml. */
    public static final Set<String> PHASE_KEYS = Set.of("id", "name", "name_zh", "start", "end");

    private CaseTables() {
    }
}
