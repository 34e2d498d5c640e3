package org.glassbox.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.analysis.Comparison;
import picocli.CommandLine.Option;

/**
 * The options that end a comparison in a QCA solution ({@code glassbox compare CASES... --qca}):
 * the outcome and conditions name values of each case's analysis JSON by dotted paths (docs/qca.md,
 * "From cases to QCA"); {@link CompareQca} turns them into
 * {@link org.glassbox.app.qca.ComparisonQcaOptions} and prints what
 * {@link org.glassbox.app.qca.ComparisonQca} finds.
 */
public final class QcaLinkOptions {
    @Option(names = "--qca", description = "end the comparison in a QCA solution: a data table from the analyses (--outcome, --conditions), its truth table, the complex and parsimonious solutions")
    boolean qca;

    @Option(names = "--outcome", paramLabel = "[NAME:]PATH[=VALUE]",
            description = "QCA outcome: 1 when the analysis value at PATH equals VALUE, else 0 (e.g. model.verdict=market); without =VALUE a number, calibrated with --calibrate or already in [0, 1]")
    String outcome;

    @Option(names = "--conditions", paramLabel = "[NAME:]PATH,...", split = ",(?![^\\[]*\\])", splitSynopsisLabel = ",",
            description = "QCA conditions: numbers (or true/false) in the analysis JSON, e.g. lastPhase.embedding.index; NAME defaults to the last key in capitals")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--calibrate", paramLabel = "PATH=e,c,i",
            description = "direct-method fuzzy calibration of a condition or the outcome (by PATH or NAME): exclusion, crossover, inclusion (repeatable)")
    List<String> calibrate = new ArrayList<>();

    @Option(names = "--incl-cut", paramLabel = "X[,Y]", description = "QCA consistency cut-off; a second value marks rows between the two as contradictions (default 1)")
    String inclCut = "1";

    @Option(names = "--n-cut", paramLabel = "N", description = "QCA: truth-table rows with fewer cases are logical remainders (default 1)")
    int nCut = 1;

    @Option(names = "--qca-table", paramLabel = "FILE", description = "where the QCA data table (CSV, for R's QCA package or glassbox qca) goes (default qca-table.csv beside the --json file, else in the working directory)")
    Path table;

    @Option(names = "--qca-html", paramLabel = "FILE", description = "write the QCA XY plots (sufficiency of the solution, necessity of each condition) as a self-contained page")
    Path html;

    /** Whether a QCA solution was asked for. */
    public boolean enabled() {
        return qca;
    }

    /**
     * Writes the comparison's JSON, with the QCA result under {@code qca} when there is one
     * ({@code qca} null otherwise): the body {@code compare --json} writes.
     */
    static void writeJson(Comparison cmp, ObjectNode qca, Writer w) throws IOException {
        org.glassbox.app.qca.ComparisonQcaJson.write(cmp, qca, w);
    }
}
