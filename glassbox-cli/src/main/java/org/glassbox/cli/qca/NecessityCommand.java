package org.glassbox.cli.qca;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.qca.ParametersOfFit;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.json.QcaJson;
import org.glassbox.qca.SetData;
import org.glassbox.qca.necessity.NecessityTerm;
import org.glassbox.qca.necessity.SuperSubset;
import org.glassbox.qca.truth.TruthTableOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code glassbox qca necessity DATA.csv --outcome Y [--incl-cut 0.9] [--cov-cut 0.6]}: necessary
 * conjunctions and disjunctions (the reference's {@code superSubset}); with {@code --conditions-only}
 * the necessity fit of each condition and its negation ({@code pof}).
 */
@Command(name = "necessity", mixinStandardHelpOptions = true, description = "Necessity: search for necessary conjunctions and disjunctions with inclN, RoN, covN.")
public final class NecessityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    DataOptions in;
    @Mixin
    JsonOption json;

    @Option(names = "--cov-cut", paramLabel = "X", description = "minimum coverage covN (default 0)")
    double covCut = 0;

    @Option(names = "--ron-cut", paramLabel = "X", description = "minimum relevance RoN (default 0)")
    double ronCut = 0;

    @Option(names = "--depth", paramLabel = "K", description = "at most K literals per expression (default: all conditions)")
    int depth = 0;

    @Option(names = "--conditions-only", description = "fit of every single condition and its negation instead of the search")
    boolean single;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SetData data = SetData.of(in.table(), in.outcomeOrFail(), in.conditionList());
            List<NecessityTerm> terms = new ArrayList<>();
            if (single) {
                for (boolean neg : new boolean[] {false, true}) {
                    for (ParametersOfFit.Row r : ParametersOfFit.ofConditions(data, neg, ParametersOfFit.Relation.NECESSITY)) {
                        terms.add(new NecessityTerm(r.term(), r.necessity()));
                    }
                }
            } else {
                double incl = TruthTableOptions.parseInclCut(in.inclCut)[0];
                terms = new SuperSubset(data, incl, covCut, ronCut, depth).result();
            }
            if (!json.toStdout()) print(terms, out);
            json.write(QcaJson.necessity(data.outcomeName(), terms), out);
            out.flush();
            return 0;
        } finally {
            err.flush();
        }
    }

    static void print(List<NecessityTerm> terms, PrintWriter out) {
        out.println();
        List<List<String>> body = new ArrayList<>();
        int i = 1;
        for (NecessityTerm t : terms) {
            body.add(List.of(Integer.toString(i++), t.term(), Format.num(t.fit().inclN()), Format.num(t.fit().ron()), Format.num(t.fit().covN())));
        }
        if (terms.isEmpty()) out.println("no necessary expression at these cut-offs");
        else for (String line : Format.table(List.of("", "", "inclN", "RoN", "covN"), body, true)) out.println(line);
        out.println();
    }
}
