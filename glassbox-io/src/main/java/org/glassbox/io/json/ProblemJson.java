package org.glassbox.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.io.caseformat.Problem;

/**
 * Problems of a case as JSON, in the one shape {@code glassbox validate --json} prints and the workspace
 * answers with 422: {@code {file, line, column, field, found, expected, message, cell?, severity}} (docs/json.md).
 */
public final class ProblemJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ProblemJson() {
    }

    /** The fields of one problem, in order; {@code cell} only inside workbooks and OCEL 2.0 files (the element). */
    public static Map<String, Object> fields(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("field", p.field());
        m.put("found", p.found());
        m.put("expected", p.expected());
        m.put("message", p.message());
        if (p.cell() != null) {
            m.put("cell", p.cell());
        }
        m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        return m;
    }

    /** Writes the problems as a JSON array (indented), leaving {@code w} open. */
    public static void write(List<Problem> problems, Writer w) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            all.add(fields(p));
        }
        JSON.writeValue(w, all);
    }
}
