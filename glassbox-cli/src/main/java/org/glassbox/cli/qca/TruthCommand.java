package org.glassbox.cli.qca;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.qca.Qca;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.json.QcaJson;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code glassbox qca truth DATA.csv --outcome Y ...}: the truth table, as the reference's {@code truthTable}. */
@Command(name = "truth", mixinStandardHelpOptions = true, description = "Truth table: configurations with cases, inclS, PRI and output value.")
public final class TruthCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    DataOptions in;
    @Mixin
    JsonOption json;

    @Option(names = "--complete", description = "list the logical remainders too")
    boolean complete;

    @Option(names = "--sort-by", paramLabel = "KEYS", description = "sort rows by incl, n, PRI, out (decreasing; add + for increasing), e.g. \"incl, n\"")
    String sortBy;

    @Option(names = "--no-cases", description = "do not list the cases of each row")
    boolean noCases;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            TruthTable t = Qca.truthTable(in.table(), in.outcomeOrFail(), in.conditionList(), in.tableOptions());
            for (String w : t.warnings()) err.println("warning: " + w);
            List<TruthTableRow> rows = TruthTable.sorted(complete ? t.completeRows() : t.rows(), sortBy);
            if (!json.toStdout()) print(t, rows, out);
            json.write(QcaJson.truthTable(t, rows), out);
            out.flush();
            err.flush();
            return 0;
        } finally {
            err.flush();
        }
    }

    private void print(TruthTable t, List<TruthTableRow> rows, PrintWriter out) {
        out.println();
        out.println("  OUT: output value");
        out.println("    n: number of cases in configuration");
        out.println(" incl: sufficiency inclusion score");
        out.println("  PRI: proportional reduction in inconsistency");
        out.println();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(t.conditions());
        header.addAll(List.of("OUT", "n", "incl", "PRI"));
        if (!noCases) header.add("cases");
        List<List<String>> body = new ArrayList<>();
        for (TruthTableRow r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(r.number()));
            for (int j = 0; j < t.conditions().size(); j++) cells.add(Integer.toString(r.level(j)));
            cells.add(r.out());
            cells.add(Integer.toString(r.n()));
            cells.add(Format.num(r.incl()));
            cells.add(Format.num(r.pri()));
            if (!noCases) cells.add(String.join(",", r.cases()));
            body.add(cells);
        }
        for (String line : Format.table(header, body, false)) out.println(line);
        out.println();
    }
}
