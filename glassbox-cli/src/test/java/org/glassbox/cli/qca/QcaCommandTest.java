package org.glassbox.cli.qca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.cli.Main;
import org.glassbox.cli.CapturedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The qca subcommands end to end on small hand-made data (Lipset's crisp data, 18 cases). */
class QcaCommandTest {
    /** LC from the R package QCA (Lipset 1959 as coded by Rihoux and De Meur 2009). */
    static final String LC = """
            case,DEV,URB,LIT,IND,STB,SURV
            AU,1,0,1,1,0,0
            BE,1,1,1,1,1,1
            CZ,1,1,1,1,1,1
            EE,0,0,1,0,1,0
            FI,1,0,1,0,1,1
            FR,1,0,1,1,1,1
            DE,1,1,1,1,0,0
            GR,0,0,0,0,0,0
            HU,0,0,1,0,0,0
            IE,1,0,1,0,1,1
            IT,0,0,0,0,1,0
            NL,1,1,1,1,1,1
            PL,0,0,1,0,0,0
            PT,0,0,0,0,0,0
            RO,0,0,0,0,1,0
            ES,0,0,0,0,0,0
            SE,1,0,1,1,1,1
            UK,1,1,1,1,1,1
            """;

    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    int run(String... args) {
        return cli.run(args);
    }

    Path lc() throws Exception {
        Path f = tmp.resolve("LC.csv");
        Files.writeString(f, LC);
        return f;
    }

    @Test
    void parsimoniousSolutionIsPrintedLikeTheReference() throws Exception {
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "SURV", "--include", "?")).isEqualTo(0);
        assertThat(cli.out()).contains("M1: DEV*STB <-> SURV").contains("inclS");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void minimizeJsonHasSolutionsWithTermsAndFit() throws Exception {
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "SURV", "--json", "-")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        JsonNode m1 = j.get("solutions").get(0);
        assertThat(m1.get("terms").get(0).asText()).isEqualTo("DEV*~URB*LIT*STB");
        assertThat(m1.get("terms").get(1).asText()).isEqualTo("DEV*LIT*IND*STB");
        assertThat(m1.get("fit").get("covS").asDouble()).isEqualTo(1.0);
        assertThat(m1.get("term_fit").get(0).get("covS").asDouble()).isEqualTo(0.5);
        assertThat(m1.get("term_fit").get(1).get("covU").asDouble()).isEqualTo(0.5);
    }

    @Test
    void negatedOutcomeAndConditionSubset() throws Exception {
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "~SURV", "--conditions", "DEV,STB", "--include", "?", "--json", "-")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        assertThat(j.get("outcome").asText()).isEqualTo("~SURV");
        assertThat(j.get("solution").toString()).isEqualTo("[[\"~DEV\",\"~STB\"]]");
    }

    @Test
    void intermediateSolutionReportsCounterfactuals() throws Exception {
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "SURV", "--dir-exp", "DEV, URB, LIT, IND, STB")).isEqualTo(0);
        assertThat(cli.out()).contains("From C1P1").contains("DEV*LIT*STB").contains("easy counterfactuals (rows): [30]");
    }

    @Test
    void truthTableListsCasesAndSorts() throws Exception {
        assertThat(run("qca", "truth", lc().toString(), "--outcome", "SURV", "--sort-by", "incl, n", "--json", "-")).isEqualTo(0);
        JsonNode rows = new ObjectMapper().readTree(cli.out()).get("rows");
        assertThat(rows.get(0).get("row").asLong()).isEqualTo(32);
        assertThat(rows.get(0).get("cases").toString()).isEqualTo("[\"BE\",\"CZ\",\"NL\",\"UK\"]");
        assertThat(rows.size()).isEqualTo(9);
    }

    @Test
    void necessityFindsTheReferenceDisjunction() throws Exception {
        assertThat(run("qca", "necessity", lc().toString(), "--outcome", "SURV")).isEqualTo(0);
        assertThat(cli.out()).contains("DEV*LIT*STB").contains("~URB + IND");
    }

    @Test
    void fitOfAnExpression() throws Exception {
        assertThat(run("qca", "fit", lc().toString(), "DEV*STB -> SURV", "--json", "-")).isEqualTo(0);
        JsonNode row = new ObjectMapper().readTree(cli.out()).get("incl.cov").get(0);
        assertThat(row.get("term").asText()).isEqualTo("DEV*STB");
        assertThat(row.get("inclS").asDouble()).isEqualTo(1.0);
    }

    @Test
    void calibrationWarnsAboutHalfMemberships() throws Exception {
        Path f = tmp.resolve("raw.csv");
        Files.writeString(f, "case,GDP\na,350\nb,550\nc,900\n");
        Path o = tmp.resolve("cal.csv");
        assertThat(run("qca", "calibrate", f.toString(), "--column", "GDP", "--thresholds", "e=350,c=550,i=900", "--output", o.toString())).isEqualTo(0);
        assertThat(cli.err()).contains("case 'b' has a membership of exactly 0.5");
        assertThat(Files.readString(o)).contains("b,0.5");
    }

    @Test
    void missingFileIsBadInputWithoutStackTrace() {
        assertThat(run("qca", "truth", tmp.resolve("nope.csv").toString(), "--outcome", "Y")).isEqualTo(1);
        assertThat(cli.err()).contains("nope.csv").contains("cannot read file").doesNotContain("Exception");
    }

    @Test
    void nonNumericValueNamesLineAndColumn() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "case,A,Y\nx,1,1\ny,oops,0\n");
        assertThat(run("qca", "truth", f.toString(), "--outcome", "Y")).isEqualTo(1);
        assertThat(cli.err()).contains("bad.csv:3:2").contains("'oops' is not a number");
    }

    @Test
    void unknownColumnAndBadExpressionAreBadInput() throws Exception {
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "SURV", "--conditions", "DEV,NOPE")).isEqualTo(1);
        assertThat(cli.err()).contains("unknown condition column 'NOPE'");
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "SURV", "--dir-exp", "DEV, U*RB")).isEqualTo(1);
        assertThat(cli.err()).contains("--dir-exp").contains("unknown condition 'U'");
    }

    @Test
    void theLibrarysParameterNamesArePrintedAsFlags() throws Exception {
        assertThat(badInput("qca", "truth", lc().toString(), "--outcome", "SURV", "--incl-cut", "2"))
                .isEqualTo("glassbox qca truth: --incl-cut: consistency cut-offs must lie in [0, 1]\n");
        assertThat(badInput("qca", "truth", lc().toString(), "--outcome", "SURV", "--n-cut", "0"))
                .isEqualTo("glassbox qca truth: --n-cut: the frequency cut-off must be at least 1\n");
        assertThat(badInput("qca", "minimize", lc().toString(), "--outcome", "SURV", "--dir-exp", "DEV,Q"))
                .isEqualTo("glassbox qca minimize: --dir-exp:5: --dir-exp:1: in expression 'Q' at character 1: "
                + "unknown condition 'Q'; conditions are [DEV, URB, LIT, IND, STB]\n");
        assertThat(badInput("qca", "calibrate", lc().toString(), "--column", "DEV", "--thresholds", "e=1,c=x,i=3"))
                .isEqualTo("glassbox qca calibrate: --thresholds:5: 'x' is not a number\n");
        assertThat(badInput("qca", "fit", lc().toString(), "DEV + URB"))
                .isEqualTo("glassbox qca fit: expression: no outcome: write EXPR -> Y or give --outcome\n");
        assertThat(badInput("qca", "minimize", lc().toString(), "--outcome", "~SURV", "--conditions", "DEV", "--n-cut", "9"))
                .endsWith("nothing to minimise; lower --incl-cut or --n-cut\n").doesNotContain("`");
    }

    /** The standard error of one command that must exit 1. */
    static String badInput(String... args) {
        CapturedCli c = new CapturedCli();
        assertThat(c.run(args)).as(c.err()).isEqualTo(1);
        return c.err();
    }

    @Test
    void enhancedStandardAnalysisExcludesUntenableRows() throws Exception {
        Path f = tmp.resolve("LF.csv");
        Files.writeString(f, LF);
        assertThat(run("qca", "minimize", f.toString(), "--outcome", "SURV", "--incl-cut", "0.8", "--include", "?", "--esa")).isEqualTo(0);
        // the reference (LF_pars_ESA): DEV*URB*STB + DEV*~IND*STB after excluding rows 10, 12, 14, 16, 17, 21, 25, 29
        assertThat(cli.err()).contains("excluded rows (CSA and SSR): [10, 12, 14, 16, 17, 21, 25, 29]");
        assertThat(cli.out()).contains("M1: DEV*URB*STB + DEV*~IND*STB -> SURV");
    }

    /** LF from the R package QCA (fuzzy version of Lipset's data), copied from shared/data/qca/datasets/LF.csv. */
    static final String LF = """
            case,DEV,URB,LIT,IND,STB,SURV
            AU,0.81,0.12,0.99,0.73,0.43,0.05
            BE,0.99,0.89,0.98,1,0.98,0.95
            CZ,0.58,0.98,0.98,0.9,0.91,0.89
            EE,0.16,0.07,0.98,0.01,0.91,0.12
            FI,0.58,0.03,0.99,0.08,0.58,0.77
            FR,0.98,0.03,0.99,0.81,0.95,0.95
            DE,0.89,0.79,0.99,0.96,0.31,0.05
            GR,0.04,0.09,0.13,0.36,0.43,0.06
            HU,0.07,0.16,0.88,0.07,0.13,0.42
            IE,0.72,0.05,0.98,0.01,0.95,0.92
            IT,0.34,0.1,0.41,0.47,0.58,0.05
            NL,0.98,1,0.99,0.94,0.99,0.95
            PL,0.02,0.17,0.59,0,0,0.12
            PT,0.01,0.02,0.01,0.11,0.01,0.05
            RO,0.01,0.03,0.17,0,0.84,0.21
            ES,0.03,0.3,0.09,0.21,0.2,0.06
            SE,0.95,0.13,0.99,0.67,0.91,0.95
            UK,0.98,0.99,0.99,1,0.98,0.95
            """;

    @Test
    void aChartTooLargeToSolveExactlyIsReportedAsOutOfReach() {
        Path f = Path.of(System.getProperty("glassbox.shared", "../shared"), "data", "qca", "bench", "crisp_K10_N2000.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(f), "shared data not found at " + f + "; skipping");
        // complex solution: 295 prime implicants over 367 positive rows (the reference fails here too)
        assertThat(run("qca", "minimize", f.toString(), "--outcome", "Y", "--incl-cut", "0.8")).isEqualTo(1);
        assertThat(cli.err()).contains("out of reach").contains("295 prime implicants").doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        assertThat(run("qca", "minimize", lc().toString(), "--outcome", "SURV", "--frobnicate")).isEqualTo(2);
    }
}
