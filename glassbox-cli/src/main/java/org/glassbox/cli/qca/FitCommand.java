package org.glassbox.cli.qca;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.ParametersOfFit;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.json.QcaJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox qca fit DATA.csv "A*~B + C -> Y"}: parameters of fit of any expression for
 * sufficiency ({@code ->}) or necessity ({@code <-}), the reference's {@code pof}.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, description = "Parameters of fit of an expression: \"A*~B + C -> Y\" (sufficiency) or \"A + B <- Y\" (necessity).")
public final class FitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "cases by columns")
    java.nio.file.Path data;

    @Parameters(index = "1", paramLabel = "EXPRESSION", description = "e.g. \"DEV*~IND + URB*STB -> SURV\"; without an arrow give --outcome and --relation")
    String expression;

    @Option(names = "--outcome", paramLabel = "Y", description = "outcome when the expression has no arrow")
    String outcome;

    @Option(names = "--relation", paramLabel = "suf|nec", description = "sufficiency (default) or necessity when the expression has no arrow")
    String relation = "suf";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ParametersOfFit.Relation rel = switch (relation.toLowerCase()) {
                case "suf", "sufficiency" -> ParametersOfFit.Relation.SUFFICIENCY;
                case "nec", "necessity" -> ParametersOfFit.Relation.NECESSITY;
                default -> throw new QcaInputException("--relation", 0, 0, "'" + relation + "': use suf or nec");
            };
            List<ParametersOfFit.Row> rows = ParametersOfFit.ofExpression(CsvDataReader.read(data), expression, outcome, rel);
            boolean suff = rows.get(0).sufficiency() != null;
            List<List<String>> body = new ArrayList<>();
            int i = 1;
            for (ParametersOfFit.Row r : rows) {
                if (suff) {
                    body.add(List.of(Integer.toString(i++), r.term(), Format.num(r.sufficiency().inclS()), Format.num(r.sufficiency().pri()),
                            Format.num(r.sufficiency().covS()), Format.num(r.sufficiency().covU())));
                } else {
                    body.add(List.of(Integer.toString(i++), r.term(), Format.num(r.necessity().inclN()), Format.num(r.necessity().ron()),
                            Format.num(r.necessity().covN())));
                }
            }
            if (!json.toStdout()) {
                out.println();
                List<String> header = suff ? List.of("", "", "inclS", "PRI", "covS", "covU") : List.of("", "", "inclN", "RoN", "covN");
                for (String line : Format.table(header, body, true)) out.println(line);
                out.println();
            }
            json.write(QcaJson.fit(rows), out);
            out.flush();
            return 0;
        } finally {
            err.flush();
        }
    }
}
