package org.glassbox.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.store.RowProblem;

/** Problems as JSON: an upload's in the shape {@code validate --json} writes, a row's by table, id and row. */
final class ProblemJson {
    private ProblemJson() {
    }

    /** {file, line, column, field, found, expected, message, cell?, severity}; the server's temp folder is replaced by the upload's name. */
    static Map<String, Object> file(Problem p, String tempPrefix, String uploadName) {
        Map<String, Object> m = org.glassbox.io.json.ProblemJson.fields(p);
        String f = p.file();
        if (f.startsWith(tempPrefix)) {
            f = f.substring(tempPrefix.length()).replaceFirst("^[/\\\\]", "");
        }
        m.put("file", f.isEmpty() ? uploadName : f);
        return m;
    }

    static Map<String, Object> row(RowProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", p.table());
        m.put("id", p.id());
        m.put("row", p.row());
        m.put("field", p.field());
        m.put("found", p.found());
        m.put("expected", p.expected());
        m.put("message", p.message());
        m.put("severity", p.error() ? "error" : "note");
        return m;
    }
}
