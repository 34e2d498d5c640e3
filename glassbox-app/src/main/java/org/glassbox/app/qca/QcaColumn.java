package org.glassbox.app.qca;

import java.util.Objects;
import org.glassbox.io.json.AnalysisPath;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.calibrate.Thresholds;

/**
 * One column of the data table: its name, the path of its value in each case's analysis JSON,
 * for a crisp outcome the value compared with ({@code equals}: 1 when the value there equals it,
 * else 0), and the direct-method calibration anchors ({@code e=.., c=.., i=..}).
 *
 * @param name        column name: letters, digits and {@code _}, starting with a letter
 * @param path        the path into {@code glassbox.analysis/1}
 * @param equals      the value a crisp column compares with, or null for a numeric column
 * @param calibration the anchors as {@link Thresholds#parse} reads them, or null for none
 */
public record QcaColumn(String name, AnalysisPath path, String equals, String calibration) {
    public QcaColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (!validName(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot name a QCA column (letters, digits and _ , starting with a letter)");
        }
        if (calibration != null) {
            try {
                Thresholds.parse(calibration);
            } catch (QcaInputException e) {
                throw new IllegalArgumentException("calibration '" + calibration + "': " + e.getMessage(), e);
            }
        }
    }

    static boolean validName(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9_]*");
    }
}
