package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @Test
    void aPresetRunWritesTheJsonAndTheRunsAsCasesThatAnalyzeReads(@TempDir Path dir) throws Exception {
        CapturedCli cli = new CapturedCli();
        Path json = dir.resolve("sim.json");
        Path cases = dir.resolve("runs");
        int code = cli.run("simulate", "--preset", "market", "--actors", "20", "--years", "4", "--runs", "3", "--seed", "5",
                "--json", json.toString(), "--cases", cases.toString());
        assertThat(code).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("preset:market: 3 runs, seed 5").contains("model:").contains("mean-field rest points")
                .containsPattern("embedding index by phase \\[[^]]*\\]: mean \\[[^]]*\\], 10–90 % of runs \\[\\d\\.\\d\\d–\\d\\.\\d\\d")
                .doesNotContainPattern("rest points[^\\n]*; \\n");
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.get("schema").asText()).isEqualTo("glassbox.simulation/1");
        assertThat(j.get("runs").asInt()).isEqualTo(3);
        assertThat(Files.isDirectory(cases.resolve("run-0003"))).isTrue();
        CapturedCli analyze = new CapturedCli();
        assertThat(analyze.run("analyze", cases.resolve("run-0001").toString())).as(analyze.err()).isEqualTo(0);
        assertThat(analyze.out()).contains("construction model");
    }

    @Test
    void badInputNamesTheNearestParameterAndTheBoundsAllAtOnce() {
        CapturedCli cli = new CapturedCli();
        int code = cli.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "3", "--runs", "2",
                "--set", "contractStrenght=0.9", "--set", "penalty=4", "--sweep", "subsidy=0:2:3");
        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("did you mean contractStrength?").contains("penalty must be in [0, 1], not 4")
                .contains("subsidy must be in [0, 1], not 2");
    }

    @Test
    void everyProblemOfTheInputIsNamedAtOnceBeforeAnyRun(@TempDir Path dir) {
        // runs, threads, a target bound outside a score's range, one parameter swept twice, an output folder that does
        // not exist and an output path that is a folder — all in one message, exit 1, and no run made
        CapturedCli cli = new CapturedCli();
        int code = cli.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "0", "--runs", "0", "--threads", "0",
                "--set", "foo=1", "--target", "formalism.people-centredness<2", "--sweep", "contractStrength=0.1:0.9:3",
                "--sweep", "contractStrength=0.2:0.3:2", "--json", dir.resolve("missing").resolve("x.json").toString(),
                "--html", dir.toString());
        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("years must be in 1..200: 0").contains("no parameter named 'foo'; the parameters: contractStrength, ")
                .contains("--runs must be in [1, 100000] per scenario (for more, several seeds), not 0").contains("--threads must be ≥ 1, not 0")
                .contains("the bound of 'formalism.people-centredness<2' must be in [0, 1]")
                .contains("--sweep names contractStrength twice")
                .contains("--json " + dir.resolve("missing").resolve("x.json") + ": the folder " + dir.resolve("missing") + " does not exist")
                .contains("--html " + dir + " is a folder; give a file name");
        assertThat(cli.out()).doesNotContain("runs, seed");
    }

    @Test
    void jsonToStandardOutputAndACaseTooThinToCalibrate(@TempDir Path dir) throws Exception {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate", "--preset", "market", "--actors", "20", "--years", "3", "--runs", "2", "--json", "-"))
                .as(cli.err()).isEqualTo(0);
        // standard output is the JSON alone, so that it can be piped; the readable report went to standard error
        JsonNode j = new ObjectMapper().readTree(cli.out());
        assertThat(cli.out().strip()).startsWith("{").endsWith("}");
        assertThat(cli.err()).contains("preset:market: 2 runs, seed");
        assertThat(j.get("outcomes").get("model").size()).isEqualTo(4);
        Path thin = dir.resolve("thin");
        Files.createDirectories(thin);
        Files.writeString(thin.resolve("case.yaml"), "id: thin\nname: Thin\n");
        Files.writeString(thin.resolve("actors.csv"), "id,name,sector\ngov,Gov,government\ndept,Dept,government\n");
        Files.writeString(thin.resolve("events.csv"), "id,date,type,initiator,targets\ne1,2020-03,directive,gov,dept\ne2,2021-03,plan,gov,dept\n");
        CapturedCli t = new CapturedCli();
        assertThat(t.run("simulate", thin.toString(), "--runs", "2")).as(t.err() + t.out()).isEqualTo(1);
        assertThat(t.err()).contains("too thin to calibrate").contains("no enterprise-side actor");
    }

    @Test
    void usageErrorsExitTwo() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate")).isEqualTo(2);
        assertThat(cli.err()).contains("give either CASE or --preset");
        assertThat(cli.run("simulate", "--preset", "feudal")).isEqualTo(2);
        assertThat(cli.run("simulate", "--preset", "market", "--dated-constraints")).isEqualTo(2);
        assertThat(cli.err()).contains("--dated-constraints needs a CASE");
        // a sensitivity budget too small is refused before any run, not after the main runs have finished
        CapturedCli budget = new CapturedCli();
        assertThat(budget.run("simulate", "--preset", "market", "--actors", "20", "--years", "3", "--runs", "2",
                "--sensitivity", "morris", "--morris-r", "1")).isEqualTo(2);
        assertThat(budget.err()).contains("--morris-r must be at least 2 trajectories, not 1");
        assertThat(budget.out()).doesNotContain("runs, seed");
        assertThat(budget.run("simulate", "--preset", "market", "--sensitivity", "sobol", "--sobol-n", "1")).isEqualTo(2);
        assertThat(budget.err()).contains("--sobol-n must be at least 2 base points, not 1");
    }

    @Test
    void incentivesProgressCountsToItsTotalAndAPresetNamesABadActorCount() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "3", "--runs", "2",
                "--target", "model=market", "--progress")).as(cli.err()).isEqualTo(0);
        // progress names the total it counts to (the levers of the sectors present)
        assertThat(cli.err()).containsPattern("incentives: 1 / \\d+ levers").doesNotContain("levers done");
        CapturedCli bad = new CapturedCli();
        assertThat(bad.run("simulate", "--preset", "market", "--actors", "-5", "--runs", "1")).isEqualTo(1);
        assertThat(bad.err()).contains("actors must be ≥ 12: -5").doesNotContain("events");
    }

    @Test
    void aFormalismTargetPrintsAndWritesEachLeversMeanScore(@TempDir Path dir) throws Exception {
        Path example = Path.of("..", "examples", "province-a");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        CapturedCli cli = new CapturedCli();
        Path json = dir.resolve("s.json");
        assertThat(cli.run("simulate", example.toString(), "--runs", "3", "--target", "formalism.people-centredness<0.5",
                "--json", json.toString())).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).containsPattern("baseline \\d+ % of runs, mean score 0\\.\\d\\d")
                .containsPattern("share \\(shift\\) +mean score")
                .containsPattern("public +publicParticipation +0\\.05 → 0\\.50 +\\d+ % \\([+-]\\d+ points\\) +0\\.\\d\\d");
        JsonNode inc = new ObjectMapper().readTree(json.toFile()).path("incentives");
        assertThat(inc.path("baselineMean").asDouble()).isBetween(0.0, 1.0);
        assertThat(inc.path("levers").findValuesAsText("sector")).contains("public");
        assertThat(inc.path("levers").get(0).has("mean")).isTrue();
        // a model target prints no score column and writes none
        CapturedCli market = new CapturedCli();
        assertThat(market.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "3", "--runs", "2",
                "--target", "model=market")).as(market.err()).isEqualTo(0);
        assertThat(market.out()).doesNotContain("mean score").doesNotContainPattern("share \\(shift\\) +\\n");
    }

    @Test
    void optionsOfAFeatureNotAskedForAndBudgetsPastTheirBoundsAreNamed(@TempDir Path dir) {
        Path example = Path.of("..", "examples", "city-b");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        String c = example.toString();
        // usage (exit 2): an option that belongs to another mode or feature, a budget no run can hold
        String[][] usage = {
                {"--preset", "market", "--calibrate-until", "p1"}, {c, "--actors", "20"}, {c, "--morris-r", "3"},
                {c, "--sensitivity", "morris", "--sobol-n", "8"}, {c, "--lang", "zh"}, {c, "--sensitivity", "sobol", "--sobol-n", "100000"},
                {c, "--sensitivity", "morris", "--morris-r", "2147483647"}};
        String[] says = {"--calibrate-until needs a CASE", "--actors sets a preset's size", "--morris-r sets the trajectories",
                "--sobol-n sets the base points", "--lang sets the language of the --html page", "--sobol-n must be at most 65536",
                "--morris-r must be at most 10000"};
        for (int i = 0; i < usage.length; i++) {
            CapturedCli cli = new CapturedCli();
            String[] args = new String[usage[i].length + 1];
            args[0] = "simulate";
            System.arraycopy(usage[i], 0, args, 1, usage[i].length);
            assertThat(cli.run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(cli.err()).contains(says[i]).doesNotContain("Exception");
        }
        // bad input (exit 1), all at once and before any run
        CapturedCli bad = new CapturedCli();
        Path same = dir.resolve("s.out");
        assertThat(bad.run("simulate", c, "--runs", "200000", "--sweep", "contractStrength=0:1:1", "--json", same.toString(),
                "--html", same.toString(), "--target", "formalism.copy-without-diagnosis<0.5")).isEqualTo(1);
        assertThat(bad.err()).contains("runs must be in [1, 100000]")
                .contains("a sweep needs 2 to 1000 points (one value is --set contractStrength=V), not 1")
                .contains("--json and --html name the same file")
                .contains("formalism.copy-without-diagnosis reads the objects of a case's events")
                .doesNotContain("simulate:  ").doesNotContain("Exception");
        assertThat(bad.out()).doesNotContain("model:");
        // a folder that looks writable but takes no file (Linux's /proc) is named before the runs, not after them
        if (Files.isDirectory(Path.of("/proc"))) {
            CapturedCli proc = new CapturedCli();
            assertThat(proc.run("simulate", c, "--runs", "1", "--json", "/proc/x.json", "--cases", "/proc/runs")).isEqualTo(1);
            assertThat(proc.err()).contains("--json /proc/x.json: cannot write a file in /proc").contains("--cases /proc/runs: cannot write in /proc");
            assertThat(proc.out()).doesNotContain("model:");
        }
        CapturedCli dash = new CapturedCli();
        assertThat(dash.run("simulate", c, "--runs", "1", "--html", "-")).isEqualTo(1);
        assertThat(dash.err()).contains("--html writes a file; standard output ('-') is for --json alone");
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }

    @Test
    void aJointVentureTheRunsMayFoundHasItsLevers() {
        Path example = Path.of("..", "examples", "city-b");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        CapturedCli cli = new CapturedCli();
        // City B's own joint venture joins in 2018, after the first phase; the runs found theirs (T3)
        assertThat(cli.run("simulate", example.toString(), "--runs", "2", "--target", "model=market")).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).containsPattern("joint-venture +subsidy").containsPattern("joint-venture +contractStrength");
    }

    @Test
    void sensitivityIndicesPrintInReadingOrderWithTheirIntervals() {
        assertThat(SimulateCommand.indices(java.util.Map.of("first", 0.28, "firstLow", -0.046, "firstHigh", 1.299, "total", 0.23,
                "totalLow", 0.002, "totalHigh", 0.932)))
                .isEqualTo("  first   0.280 (95 % -0.046 – 1.299)  total   0.230 (95 % 0.002 – 0.932)");
        assertThat(SimulateCommand.indices(java.util.Map.of("sigma", 0.5, "mu", -0.53, "muStar", 0.61)))
                .isEqualTo("  μ*   0.610  μ  -0.530  σ   0.500");
    }

    @Test
    void aSetValueIsPrintedWithWhatItReplacedNotAsADefault() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "3", "--runs", "2",
                "--set", "contractStrength=0.8", "--set", "revisionRate=0.1")).as(cli.err()).isEqualTo(0);
        String c = cli.out().lines().filter(l -> l.trim().startsWith("contractStrength ")).findFirst().orElseThrow();
        assertThat(c).contains("0.800").contains("set to 0.8 (not estimated), in place of the estimate ").doesNotContain("(default)");
        String r = cli.out().lines().filter(l -> l.trim().startsWith("revisionRate ")).findFirst().orElseThrow();
        assertThat(r).contains("set to 0.1 (not estimated), in place of the default 0.400").doesNotContain("(default)");
        String m = cli.out().lines().filter(l -> l.trim().startsWith("mutation ")).findFirst().orElseThrow();
        assertThat(m).contains("(default) ");
    }

    @Test
    void datedConstraintsArePrintedAndWrittenPerPhase() throws Exception {
        Path example = Path.of("..", "examples", "city-b");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate", example.toString(), "--runs", "2", "--json", "-")).as(cli.err()).isEqualTo(0);
        assertThat(cli.err()).contains("dated constraints (in force from each phase's start").containsPattern("\\n  p2 +contractStrength");
        JsonNode j = new ObjectMapper().readTree(cli.out());
        String out = cli.err();
        assertThat(j.path("parameterSchedule").size()).isEqualTo(3);
        assertThat(j.path("parameterSchedule").get(2).path("phase").asText()).isEqualTo("p3");
        // City B's p1 co-decision rests on 4 decision events, below the analysis's minimum of 5: reported, not judged
        assertThat(out).containsPattern("\\n  p1 +coDecision +0\\.250 +\\d\\.\\d{3} +±0\\.20 +insufficient \\(n 4 < 5: not judged\\)\\n");
        JsonNode co = null;
        for (JsonNode f : j.path("fit")) {
            if (f.path("phase").asText().equals("p1") && f.path("measure").asText().equals("coDecision")) {
                co = f;
            }
        }
        assertThat(co).isNotNull();
        assertThat(co.path("n").asInt()).isEqualTo(4);
        assertThat(co.path("minimum").asInt()).isEqualTo(5);
        assertThat(co.path("status").asText()).isEqualTo("insufficient");
        assertThat(j.path("fit").get(0).path("status").asText()).isIn("within", "outside");
    }

    @Test
    void aSweepPrintsThePhaseDiagramAndTheThreshold() {
        CapturedCli cli = new CapturedCli();
        int code = cli.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "4", "--runs", "2",
                "--sweep", "contractStrength=0.2:1:3", "--progress");
        assertThat(code).as(cli.err()).isEqualTo(0);
        assertThat(cli.out().lines().filter(l -> l.matches("^\\d\\.\\d{3}.*"))).hasSize(3);
        assertThat(cli.out()).containsPattern("market (reaches half of the runs at contractStrength ≈ |falls below half of the runs at contractStrength ≈ "
                + "|is above half of the runs over the whole range of contractStrength|stays below half of the runs over the whole range of contractStrength)");
        // the JSON says which way, and its words are the four the page reads
        CapturedCli json = new CapturedCli();
        assertThat(json.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "4", "--runs", "2",
                "--sweep", "contractStrength=0.2:1:3", "--json", "-")).isEqualTo(0);
        assertThat(json.out()).containsPattern("\"marketCrossing\" : \"(rises|falls|above|below)\"");
        assertThat(cli.err()).contains("sweep: 3 / 3 cells");
        // without --progress (and no terminal) standard error stays quiet
        CapturedCli quiet = new CapturedCli();
        assertThat(quiet.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "4", "--runs", "2",
                "--sweep", "contractStrength=0.2:1:3")).isEqualTo(0);
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void theJsonAndThePageCarryTheSweepTheSensitivityAndTheIncentives(@TempDir Path dir) throws Exception {
        CapturedCli cli = new CapturedCli();
        Path json = dir.resolve("sim.json");
        Path html = dir.resolve("sim.html");
        int code = cli.run("simulate", "--preset", "administrative", "--actors", "20", "--years", "3", "--runs", "2",
                "--sweep", "contractStrength=0.2:1:3", "--sensitivity", "morris", "--morris-r", "2", "--target", "model=market",
                "--json", json.toString(), "--html", html.toString(), "--lang", "zh");
        assertThat(code).as(cli.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        JsonNode cells = j.path("sweep").path("cells");
        assertThat(cells.size()).isEqualTo(3);
        assertThat(cells.get(2).path("values").path("contractStrength").asDouble()).isEqualTo(1.0);
        double sum = 0;
        for (JsonNode v : cells.get(0).path("model")) {
            sum += v.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(j.path("sweep").has("marketThreshold")).isTrue();
        assertThat(j.path("sensitivity").path("method").asText()).isEqualTo("morris");
        assertThat(j.path("sensitivity").path("evaluations").asInt()).isEqualTo(2 * 7);
        assertThat(j.path("sensitivity").path("factors").path("contractStrength").has("muStar")).isTrue();
        assertThat(j.path("incentives").path("target").asText()).isEqualTo("model=market");
        assertThat(j.path("incentives").path("levers").size()).isPositive();
        assertThat(j.has("coded")).isFalse(); // a preset has no coded case
        String page = Files.readString(html);
        assertThat(page).contains("<html lang=\"zh\">").contains("id=\"sim-chart-sweep\"").contains("id=\"sim-sensitivity\"")
                .contains("按组织类型的激励");
        assertThat(cli.out()).contains("simulation page written to " + html);
    }

    @Test
    void aCalibratedScenarioIsSetAgainstItsCodedCase(@TempDir Path dir) throws Exception {
        Path example = Path.of("..", "examples", "province-a");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate", example.toString(), "--runs", "3", "--json", "-")).as(cli.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        String out = cli.err(); // the readable report, beside the JSON on standard output
        assertThat(j.path("coded").path("model").asText()).isEqualTo("administrative");
        assertThat(j.path("coded").path("trajectory").asText()).isEqualTo("de-embedded");
        assertThat(j.path("coded").path("phases").size()).isEqualTo(3);
        assertThat(j.path("coded").path("embeddingIndex").get(0).asDouble()).isGreaterThan(j.path("coded").path("embeddingIndex").get(2).asDouble());
        // each calibrated phase's own constraints and where they alone lead: Province A's first phase to market, its last
        // to administrative, while the window's constants the runs play lead to administrative from the first month
        JsonNode pc = j.path("coded").path("phaseConstraints");
        assertThat(pc.size()).isEqualTo(3);
        assertThat(pc.get(0).path("phase").asText()).isEqualTo("p1");
        assertThat(pc.get(0).path("parameters").path("contractStrength").asDouble())
                .isGreaterThan(pc.get(2).path("parameters").path("contractStrength").asDouble());
        assertThat(pc.get(0).path("attractors").findValuesAsText("model")).containsExactly("market");
        assertThat(pc.get(2).path("attractors").findValuesAsText("model")).containsExactly("administrative");
        assertThat(j.path("meanField").path("attractors").findValuesAsText("model")).containsExactly("administrative");
        assertThat(pc.findValuesAsText("leadsElsewhere")).containsExactly("true", "false", "false");
        // by default the runs play each phase's own (dated constraints): no note
        assertThat(out).containsPattern("mean field at each calibrated phase's own constraints: p1 market; p2 [a-z() ]+; p3 administrative\\n")
                .doesNotContain("note: the runs play");
        // the strategies read from the events, coded beside simulated, per calibrated phase
        assertThat(j.path("strategies").size()).isEqualTo(3);
        assertThat(j.path("strategies").get(0).path("coded").path("contractingGovernments").asDouble()).isEqualTo(1.0);
        assertThat(j.path("strategies").get(2).path("coded").path("contractingGovernments").asDouble()).isEqualTo(0.0);
        assertThat(out).containsPattern("\\n  p2 +contracting governments 0\\.67 \\d\\.\\d\\d +initiating enterprises 1\\.00 ");
        // under constant constraints the runs play the window's estimates in every phase, which p1's would not lead to
        CapturedCli constant = new CapturedCli();
        assertThat(constant.run("simulate", example.toString(), "--runs", "2", "--constant-constraints")).as(constant.err()).isEqualTo(0);
        assertThat(constant.out()).contains("mean field at each calibrated phase's own constraints")
                .containsPattern("note: the runs play every phase under the same constraints \\(the window's estimates and any --set\\), which lead to administrative; p1's to market")
                .doesNotContain("dated constraints (in force");
        // the option of the earlier default is still accepted, and is the default now
        CapturedCli dated = new CapturedCli();
        assertThat(dated.run("simulate", example.toString(), "--runs", "2", "--dated-constraints")).as(dated.err()).isEqualTo(0);
        assertThat(dated.out()).contains("dated constraints (in force").doesNotContain("note: the runs play");
        assertThat(dated.run("simulate", example.toString(), "--runs", "2", "--dated-constraints", "--constant-constraints")).isEqualTo(2);
        assertThat(dated.err()).contains("--dated-constraints and --constant-constraints exclude each other");
        assertThat(dated.run("simulate", "--preset", "market", "--constant-constraints")).isEqualTo(2);
        assertThat(dated.err()).contains("--constant-constraints is for a CASE");
    }

    @Test
    void thePageNamesTheCaseInItsLanguage(@TempDir Path dir) throws Exception {
        Path example = Path.of("..", "examples", "province-a");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(example), "examples not found; skipping");
        Path zh = dir.resolve("zh.html");
        Path en = dir.resolve("en.html");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("simulate", example.toString(), "--runs", "1", "--html", zh.toString(), "--lang", "zh")).as(cli.err()).isEqualTo(0);
        assertThat(cli.run("simulate", example.toString(), "--runs", "1", "--html", en.toString())).as(cli.err()).isEqualTo(0);
        // case.yaml: name Province A, name_zh A省
        assertThat(Files.readString(zh)).contains("<title>假如：A省 的仿真</title>").contains("A省：1 次运行");
        assertThat(Files.readString(en)).contains("<title>What if: simulation of Province A</title>");
    }
}
