package org.glassbox.cli.qca;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.truth.TruthTableOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** DATA.csv, --outcome, --conditions and the truth-table cut-offs shared by the qca subcommands. */
public final class DataOptions {
    @Parameters(index = "0", paramLabel = "DATA.csv", description = "cases by columns; the case column is 'case' when present, else a non-numeric first column")
    Path data;

    @Option(names = "--outcome", paramLabel = "Y", description = "outcome column; ~Y negates it, Y[1] names a level of a multi-value outcome")
    String outcome;

    @Option(names = "--conditions", paramLabel = "A,B,C", split = ",", description = "conditions (default: every column but the outcome and the case column)")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--incl-cut", paramLabel = "X[,Y]", description = "consistency cut-off; a second value marks rows between the two as contradictions C (default 1)")
    String inclCut = "1";

    @Option(names = "--n-cut", paramLabel = "N", description = "rows with fewer cases are logical remainders (default 1)")
    int nCut = 1;

    @Option(names = "--pri-cut", paramLabel = "X", description = "positive rows with a lower PRI are coded 0 (default 0)")
    double priCut = 0;

    @Option(names = "--exclude", paramLabel = "ROWS", split = ",", description = "row numbers coded negative (enhanced standard analysis), e.g. 10,12,14")
    List<Long> exclude = new ArrayList<>();

    DataTable table() {
        return CsvDataReader.read(data);
    }

    String outcomeOrFail() {
        if (outcome == null || outcome.isBlank()) throw new QcaInputException("--outcome", 0, 0, "give the outcome column with --outcome");
        return outcome;
    }

    List<String> conditionList() {
        List<String> l = new ArrayList<>();
        for (String c : conditions) if (!c.isBlank()) l.add(c.trim());
        return l;
    }

    TruthTableOptions tableOptions() {
        double[] ic = TruthTableOptions.parseInclCut(inclCut);
        Set<Long> ex = new HashSet<>(exclude);
        return new TruthTableOptions(ic[0], ic[1], nCut, priCut, ex);
    }

    @Override
    public String toString() {
        return data + " " + outcome + " " + Arrays.asList(conditions);
    }
}
