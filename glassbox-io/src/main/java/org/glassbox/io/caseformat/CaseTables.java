package org.glassbox.io.caseformat;

import java.util.List;
import java.util.Set;

/**
 * The case format's files and their columns (case-format.md, version 1), written down once: the
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
    /** Every file a case folder consists of. */
    public static final List<String> FILES = List.of(CASE, ACTORS, TIES, EVENTS, INDICATORS, SOURCES, CODEBOOK);

    public static final List<String> ACTOR_COLUMNS = List.of("id", "name", "name_zh", "sector", "level", "function",
            "joined", "left");
    public static final List<String> TIE_COLUMNS = List.of("id", "from", "to", "type", "start", "end", "source");
    public static final List<String> EVENT_COLUMNS = List.of("id", "date", "type", "mechanism", "initiator", "targets",
            "participants", "objects", "title", "source", "from_jurisdiction");
    public static final List<String> INDICATOR_COLUMNS = List.of("date", "indicator", "value", "unit", "source");
    public static final List<String> SOURCE_COLUMNS = List.of("id", "title", "kind", "date", "url", "quote");
    public static final List<String> SOURCE_KINDS = List.of("document", "interview", "news", "statistic", "observation");
    /** The keys of case.yaml; any other key is kept as an extra. */
    public static final Set<String> CASE_KEYS = Set.of("id", "name", "name_zh", "level", "parent", "period", "phases",
            "description");
    /** The keys of a phase in case.yaml. */
    public static final Set<String> PHASE_KEYS = Set.of("id", "name", "name_zh", "start", "end");

    private CaseTables() {
    }
}
