package org.glassbox.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.report.figure.Figures;

/**
 * The report's charts as files ({@code --export DIR/charts/}): every chart the report of {@code in}
 * draws, from the same data the page embeds, as SVG and as 300 dpi PNG ({@link Figures}).
 */
public final class ReportFigures {
    private ReportFigures() {
    }

    /** Writes {@code NAME.svg} and {@code NAME.png} of every chart of the report into {@code dir}; returns the files. */
    public static List<Path> write(ReportInput in, ReportOptions opts, Path dir) throws IOException {
        return Figures.write(HtmlReport.data(in, opts, Messages.of(opts.language())), dir);
    }
}
