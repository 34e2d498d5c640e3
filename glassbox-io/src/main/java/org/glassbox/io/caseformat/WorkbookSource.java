package org.glassbox.io.caseformat;

import java.nio.file.Path;
import org.glassbox.core.model.Case;

/** A case as one .xlsx workbook. */
final class WorkbookSource {
    private WorkbookSource() {
    }

    static Case load(Path path, ProblemLog log) {
        log.error(Pos.of(path.toString()), null, null, "a case folder or .zip", "workbooks are not read yet");
        return null;
    }
}
