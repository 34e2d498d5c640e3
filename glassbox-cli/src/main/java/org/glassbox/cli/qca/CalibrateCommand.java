package org.glassbox.cli.qca;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.json.QcaJson;
import org.glassbox.qca.calibrate.Calibration;
import org.glassbox.qca.calibrate.ThresholdFinder;
import org.glassbox.qca.calibrate.Thresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox qca calibrate DATA.csv --column X --thresholds "e=350,c=550,i=900"}: raw values
 * to set memberships (direct method, crisp/multi-value thresholds), or {@code --find N} to suggest
 * N crisp thresholds. {@code --output FILE.csv} writes the data with the calibrated column.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, description = "Calibrate a column into set memberships (direct method or crisp thresholds).")
public final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "cases by columns")
    Path data;

    @Option(names = "--column", required = true, paramLabel = "X", description = "the column to calibrate")
    String column;

    @Option(names = "--thresholds", paramLabel = "T", description = "\"e=350,c=550,i=900\" (direct), six anchors e1,c1,i1,i2,c2,e2 (bell/trapezoid), or \"550,850\" with --crisp")
    String thresholds;

    @Option(names = "--crisp", description = "crisp or multi-value calibration: the number of thresholds at or below each value")
    boolean crisp;

    @Option(names = "--linear", description = "linear instead of logistic direct method")
    boolean linear;

    @Option(names = "--idm", paramLabel = "X", description = "inclusion degree of membership at the anchors for the logistic method (default 0.95)")
    double idm = 0.95;

    @Option(names = "--ecdf", description = "use the empirical distribution between the anchors")
    boolean ecdf;

    @Option(names = "--below", paramLabel = "X", description = "exponent of the linear pieces below the crossover (default 1)")
    double below = 1;

    @Option(names = "--above", paramLabel = "X", description = "exponent of the linear pieces above the crossover (default 1)")
    double above = 1;

    @Option(names = "--find", paramLabel = "N", description = "suggest N crisp thresholds by clustering instead of calibrating")
    Integer find;

    @Option(names = "--name", paramLabel = "NAME", description = "name of the calibrated column in --output (default: replace the column)")
    String name;

    @Option(names = "--output", paramLabel = "FILE.csv", description = "write the data with the calibrated column")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DataTable table = CsvDataReader.read(data);
            double[] x = table.column(column);
            if (find != null) {
                double[] th = ThresholdFinder.find(x, find);
                List<Double> l = new ArrayList<>();
                for (double t : th) l.add(t);
                if (!json.toStdout()) out.println("thresholds: " + String.join(", ", l.stream().map(v -> fmt(v)).toList()));
                json.write(QcaJson.thresholds(column, th), out);
                out.flush();
                return 0;
            }
            if (thresholds == null) throw new QcaInputException("--thresholds", 0, 0, "give --thresholds (or --find N)");
            Thresholds th = Thresholds.parse(thresholds);
            double[] m;
            if (crisp) {
                if (!th.named().isEmpty()) throw new QcaInputException("--thresholds", 0, 0, "crisp thresholds are plain numbers, e.g. \"550, 850\"");
                m = Calibration.crisp(x, th.values());
            } else {
                Calibration.FuzzyOptions o = new Calibration.FuzzyOptions(!linear && !ecdf, idm, ecdf, below, above);
                m = Calibration.fuzzy(x, th, o);
            }
            List<String> warnings = crisp ? List.of() : Calibration.halfMembershipWarnings(m, table.cases(), column);
            for (String w : warnings) err.println("warning: " + w);
            if (!json.toStdout()) {
                List<List<String>> body = new ArrayList<>();
                for (int i = 0; i < x.length; i++) body.add(List.of(table.cases().get(i), "", fmt(x[i]), fmt(m[i])));
                for (String line : Format.table(List.of("case", "", column, "membership"), body, false)) out.println(line);
            }
            if (output != null) write(table.with(name == null ? column : name, m), output);
            json.write(QcaJson.calibration(column, thresholds, table.cases(), m, warnings), out);
            out.flush();
            err.flush();
            return 0;
        } finally {
            err.flush();
        }
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static void write(DataTable t, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("case");
        for (String c : t.columnNames()) sb.append(',').append(quote(c));
        sb.append('\n');
        for (int i = 0; i < t.size(); i++) {
            sb.append(quote(t.cases().get(i)));
            for (String c : t.columnNames()) sb.append(',').append(Double.toString(t.columns().get(c)[i]));
            sb.append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
