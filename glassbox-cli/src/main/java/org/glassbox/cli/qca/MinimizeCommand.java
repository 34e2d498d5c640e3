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
import org.glassbox.qca.json.QcaJson;
import org.glassbox.qca.minimize.IntermediateSolution;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.minimize.Model;
import org.glassbox.qca.minimize.TermFit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox qca minimize DATA.csv --outcome Y [--include ?] [--dir-exp "A,~B,C"]}: complex,
 * parsimonious or intermediate solutions with every minimal model, as the reference's
 * {@code minimize(..., details = TRUE)}.
 */
@Command(name = "minimize", aliases = "minimise", mixinStandardHelpOptions = true,
        description = "Boolean minimisation: complex (default), parsimonious (--include ?) or intermediate (--dir-exp) solutions.")
public final class MinimizeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    DataOptions in;
    @Mixin
    JsonOption json;

    @Option(names = "--include", paramLabel = "?|C|?,C", description = "use logical remainders (?) and/or contradictions (C) in the minimisation")
    String include = "";

    @Option(names = "--dir-exp", paramLabel = "EXP", description = "directional expectations for the intermediate solution, comma-separated: A (presence), ~B (absence), - (none), C*~D (conjunctural); implies --include ?")
    String dirExp;

    @Option(names = "--row-dom", description = "drop dominated prime implicants before solving the chart")
    boolean rowDom;

    @Option(names = "--esa", description = "enhanced standard analysis: also exclude contradictory simplifying assumptions and simultaneous subset relations (the rows are printed)")
    boolean esa;

    @Option(names = "--max-models", paramLabel = "N", description = "stop listing equally minimal models after N (default 100000)")
    int maxModels = 100_000;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            String inc = include.replace(" ", "");
            for (String part : inc.split(",")) {
                if (!part.isEmpty() && !part.equals("?") && !part.equals("C")) {
                    throw new QcaInputException("--include", 0, 0, "'" + part + "': use ?, C or ?,C");
                }
            }
            boolean rem = inc.contains("?") || (dirExp != null && !dirExp.isBlank());
            MinimizeOptions o = new MinimizeOptions(rem, inc.contains("C"), dirExp, rowDom, maxModels);
            org.glassbox.qca.DataTable table = in.table();
            org.glassbox.qca.truth.TruthTableOptions tto = in.tableOptions();
            if (esa) {
                List<Long> rows = Qca.untenableRows(Qca.truthTable(table, in.outcomeOrFail(), in.conditionList(), tto));
                java.util.Set<Long> ex = new java.util.TreeSet<>(tto.exclude());
                ex.addAll(rows);
                tto = tto.withExclude(ex);
                err.println("excluded rows (CSA and SSR): " + rows);
            }
            MinimizationResult r = Qca.minimize(table, in.outcomeOrFail(), in.conditionList(), tto, o);
            if (!json.toStdout()) print(r, out);
            if (r.truncated()) err.println("warning: stopped after " + maxModels + " models or a remainder enumeration cap; the list is incomplete");
            json.write(QcaJson.minimization(r), out);
            out.flush();
            err.flush();
            return 0;
        } finally {
            err.flush();
        }
    }

    static void print(MinimizationResult r, PrintWriter out) {
        out.println();
        if (r.intermediate().isEmpty()) {
            printModels(r.models(), r.essential(), r.overall(), r.outcome(), out);
            return;
        }
        // identical intermediate models from several CiPj pairs are printed once, as the reference does
        Map<String, List<IntermediateSolution>> groups = new LinkedHashMap<>();
        for (IntermediateSolution s : r.intermediate()) {
            String key = s.models().stream().map(Model::expression).toList().toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        for (List<IntermediateSolution> g : groups.values()) {
            out.println("From " + String.join(", ", g.stream().map(IntermediateSolution::label).toList()) + ": ");
            out.println();
            IntermediateSolution s = g.get(0);
            printModels(s.models(), s.essential(), s.overall(), r.outcome(), out);
            out.println("easy counterfactuals (rows): " + s.easy());
            out.println("difficult counterfactuals (rows): " + s.difficult());
            out.println();
        }
    }

    private static void printModels(List<Model> models, List<String> essential, List<TermFit> overall, String outcome, PrintWriter out) {
        for (int m = 0; m < models.size(); m++) {
            Model model = models.get(m);
            List<String> ess = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (String t : model.terms()) (essential.contains(t) ? ess : rest).add(t);
            String body = String.join(" + ", ess);
            if (models.size() > 1 && !rest.isEmpty()) body += (body.isEmpty() ? "" : " + ") + "(" + String.join(" + ", rest) + ")";
            else if (!rest.isEmpty()) body += (body.isEmpty() ? "" : " + ") + String.join(" + ", rest);
            boolean both = model.fit().inclS() >= 1 - 1e-12 && model.fit().covS() >= 1 - 1e-12;
            out.println("M" + (m + 1) + ": " + body + (both ? " <-> " : " -> ") + outcome);
        }
        out.println();
        List<String> header = new ArrayList<>(List.of("", "", "inclS", "PRI", "covS", "covU"));
        if (models.size() > 1) for (int m = 0; m < models.size(); m++) header.add("(M" + (m + 1) + ")");
        List<List<String>> body = new ArrayList<>();
        List<TermFit> terms = models.size() > 1 ? orderedOverall(overall, essential) : models.get(0).termFits();
        int i = 1;
        for (TermFit t : terms) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(i++), t.term(), Format.num(t.fit().inclS()),
                    Format.num(t.fit().pri()), Format.num(t.fit().covS()), Format.num(t.fit().covU())));
            if (models.size() > 1) {
                for (Model model : models) {
                    String v = "";
                    for (TermFit f : model.termFits()) if (f.term().equals(t.term())) v = Format.num(f.fit().covU());
                    row.add(v);
                }
            }
            body.add(row);
        }
        for (int m = 0; m < models.size(); m++) {
            Model model = models.get(m);
            List<String> row = new ArrayList<>(List.of("", "M" + (m + 1), Format.num(model.fit().inclS()),
                    Format.num(model.fit().pri()), Format.num(model.fit().covS()), ""));
            while (row.size() < header.size()) row.add("");
            body.add(row);
        }
        for (String line : Format.table(header, body, true)) out.println(line);
        out.println();
    }

    private static List<TermFit> orderedOverall(List<TermFit> overall, List<String> essential) {
        List<TermFit> l = new ArrayList<>();
        for (TermFit t : overall) if (essential.contains(t.term())) l.add(t);
        for (TermFit t : overall) if (!essential.contains(t.term())) l.add(t);
        return l;
    }
}
