package org.glassbox.cli.qca;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glassbox.qca.Qca;
import org.glassbox.qca.QcaInputException;
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
            json.write(asJson(t, rows), out);
            out.flush();
            err.flush();
            return 0;
        } catch (QcaInputException e) {
            err.println(Format.message(e));
            err.flush();
            return 1;
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

    static Map<String, Object> asJson(TruthTable t, List<TruthTableRow> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conditions", t.conditions());
        m.put("outcome", t.data().outcomeName());
        List<Integer> lv = new ArrayList<>();
        for (int l : t.levels()) lv.add(l);
        m.put("noflevels", lv);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("incl.cut", t.options().inclCut1() == t.options().inclCut0() ? List.of(t.options().inclCut1())
                : List.of(t.options().inclCut1(), t.options().inclCut0()));
        o.put("n.cut", t.options().nCut());
        o.put("pri.cut", t.options().priCut());
        o.put("exclude", t.options().exclude().stream().sorted().toList());
        m.put("options", o);
        List<Boolean> fz = new ArrayList<>();
        for (boolean f : t.data().fuzzy()) fz.add(f);
        m.put("fuzzy", fz);
        m.put("multivalue", t.data().multivalue());
        List<Map<String, Object>> rs = new ArrayList<>();
        for (TruthTableRow r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", r.number());
            Map<String, Object> cfg = new LinkedHashMap<>();
            for (int j = 0; j < t.conditions().size(); j++) cfg.put(t.conditions().get(j), r.level(j));
            row.put("config", cfg);
            row.put("OUT", r.out());
            row.put("n", r.n());
            row.put("incl", Format.json(r.incl()));
            row.put("PRI", Format.json(r.pri()));
            row.put("cases", r.cases());
            rs.add(row);
        }
        m.put("rows", rs);
        m.put("warnings", t.warnings());
        return m;
    }
}
