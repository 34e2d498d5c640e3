package org.glassbox.io.interchange;

import java.util.HashSet;
import java.util.Set;
import org.glassbox.core.model.EventStore;
import org.glassbox.io.caseformat.CaseTables;

/**
 * A coded case as an OCEL 2.0 log and back, by the lossless mapping of case-format.md
 * ("Interchange: OCEL 2.0"), so that {@code OcelToCase.toCase(CaseToOcel.toLog(c))} equals {@code c} field for field.
 *
 * <table>
 * <caption>The mapping</caption>
 * <tr><th>case</th><th>OCEL 2.0</th></tr>
 * <tr><td>case.yaml</td><td>one object of type {@code case} (attributes name, name_zh, level, parent,
 *     period.start, period.end, description, unknown keys, and {@code codebook}: the case's codebook
 *     as YAML, only when it differs from the defaults); each phase an object of type {@code phase}
 *     (name, name_zh when given, start, end), O2O case → phase with qualifier {@code phase}, in phase order</td></tr>
 * <tr><td>actor</td><td>object of type {@code organization}, id = actor id, every column an attribute</td></tr>
 * <tr><td>tie</td><td>object of type {@code tie}, id = tie id, attributes type, start, end, source and
 *     extra columns; O2O tie → from-actor {@code from}, tie → to-actor {@code to}</td></tr>
 * <tr><td>event</td><td>event, id and type as in the case, time = start of its partial date,
 *     attributes {@code date} (as written), mechanism (only when coded), title, from_jurisdiction and
 *     extra columns; E2O to actors ({@code initiator}, {@code target}, {@code participant}), to
 *     {@code kind:id} objects (type kind, id {@code kind:id}, qualifier {@code object}), to sources
 *     ({@code source}); an event citing a source that is not in the case keeps attribute
 *     {@code source} instead</td></tr>
 * <tr><td>indicator</td><td>object of type {@code indicator}, id = indicator name, attribute
 *     {@code unit}; per observation, time-stamped at the start of its date: {@code value},
 *     {@code date} (as written), and {@code source} and extra columns when any observation has them
 *     ({@code unit} too when the observations disagree; {@code seq}, the row number, when rows of
 *     different indicators are interleaved)</td></tr>
 * <tr><td>source</td><td>object of type {@code source}, every column an attribute</td></tr>
 * <tr><td>object (objects.csv, format 1.1)</td><td>the object of type kind written for {@code kind:id}
 *     (declared when no event names it), gaining the columns as attributes; O2O case → object with
 *     qualifier {@code object}, in file order (what marks it as described)</td></tr>
 * <tr><td>coder (case.yaml {@code coders}, 1.1)</td><td>object of type {@code coder}, attributes id and name</td></tr>
 * <tr><td>codes (codebook.yaml, 1.1)</td><td>in the case's {@code codebook} attribute, as YAML</td></tr>
 * <tr><td>document (1.1)</td><td>object of type {@code document}, every column an attribute, the text
 *     itself as attribute {@code content}</td></tr>
 * <tr><td>segment (1.1)</td><td>object of type {@code segment}, every column an attribute (so
 *     {@code links} and {@code codes} as written); O2O segment → document {@code in}, segment → coder
 *     {@code coded-by}, and segment → each link target that is an object (tie, actor, indicator,
 *     object) {@code evidence-for} — a link to an event stays in the attribute, as O2O relates objects only</td></tr>
 * <tr><td>{@code name_zh}, {@code title_zh}, {@code exempt}</td><td>attributes of the phase object / the event</td></tr>
 * </table>
 *
 * <p>Object ids: each object keeps its natural id (actor id, tie id, …) unless another object
 * already has it; then it becomes {@code type:id} (with {@code #2}, {@code #3}… if needed) and
 * carries its natural id in attribute {@code id}. Empty values are missing values (as a blank CSV
 * cell is).
 */
final class CaseOcelMapping {
    static final String CASE = "case";
    static final String PHASE = "phase";
    static final String ORGANIZATION = "organization";
    static final String TIE = "tie";
    static final String INDICATOR = "indicator";
    static final String SOURCE = "source";
    static final String OBJECT = "object";
    static final String CODEBOOK = "codebook";
    static final String CODER = "coder";
    static final String DOCUMENT = "document";
    static final String SEGMENT = "segment";
    static final String CONTENT = "content";
    static final String IN = "in";
    static final String CODED_BY = "coded-by";
    static final String EVIDENCE_FOR = "evidence-for";
    static final Set<String> OBJECT_KEYS = Set.copyOf(CaseTables.OBJECT_COLUMNS);
    static final Set<String> DOCUMENT_KEYS = with(CaseTables.DOCUMENT_COLUMNS, CONTENT);
    static final Set<String> SEGMENT_KEYS = Set.copyOf(CaseTables.SEGMENT_COLUMNS);

    /** case.yaml's keys as the mapping flattens them (the period's two ends, the codebook as YAML). */
    static final Set<String> CASE_KEYS = Set.of("id", "name", "name_zh", "level", "parent", "period.start",
            "period.end", "description", CODEBOOK);
    static final Set<String> ACTOR_KEYS = Set.copyOf(CaseTables.ACTOR_COLUMNS);
    /** A tie's columns but its two ends, which are O2O relations. */
    static final Set<String> TIE_KEYS = without(CaseTables.TIE_COLUMNS, "from", "to");
    static final Set<String> SOURCE_KEYS = Set.copyOf(CaseTables.SOURCE_COLUMNS);
    /** The event attributes the mapping writes itself; others are the event's extra columns. */
    static final Set<String> EVENT_KEYS = Set.of("date", "mechanism", EventStore.TITLE, EventStore.SOURCE,
            EventStore.FROM_JURISDICTION);

    private CaseOcelMapping() {
    }

    private static Set<String> with(java.util.List<String> columns, String... add) {
        Set<String> s = new HashSet<>(columns);
        s.addAll(java.util.List.of(add));
        return Set.copyOf(s);
    }

    private static Set<String> without(java.util.List<String> columns, String... drop) {
        Set<String> s = new HashSet<>(columns);
        for (String d : drop) {
            s.remove(d);
        }
        return Set.copyOf(s);
    }
}
