package org.glassbox.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.glassbox.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Golden outputs of the {@code glassbox} command: every run below is executed in-process through
 * {@link Main#commandLine()} (the command line a user gets, with its error handling), and what it
 * produced must equal, byte for byte after the normalisation below, the files recorded under
 * {@code glassbox-it/src/test/resources/golden/RUN/}:
 * <ul>
 *   <li>{@code command.txt}: the command line (paths as placeholders) and its exit code;</li>
 *   <li>{@code stdout.txt}, {@code stderr.txt}: what the command printed;</li>
 *   <li>{@code files/…}: every file the command wrote into its (fresh, empty) output folder,
 *       e.g. the {@code --json FILE}, {@code --html FILE}, the whole {@code --export DIR}.</li>
 * </ul>
 * The runs cover {@code analyze} and {@code compare} ({@code --json}, {@code --html},
 * {@code --export}, text), {@code compare --qca} (the data table, the XY page, the comparison JSON
 * with its {@code qca} part) and {@code demo} on the demo cases {@code examples/province-a} and
 * {@code examples/city-b}; and {@code process stats|dfg|ocdfg|handover|compare} and
 * {@code qca truth|minimize|necessity|fit|calibrate}, as JSON and as text, on small inputs from
 * {@code ../shared/data} (those runs skip, saying so, when the shared data is absent).
 *
 * <p><b>Normalisation</b>, only of what truly varies from run to run or machine to machine
 * (measured by running every command twice in separate JVMs and diffing):
 * <ol>
 *   <li>absolute paths: the run's output folder is written {@code <OUT>}, the examples folder
 *       {@code <EXAMPLES>}, the shared data folder {@code <DATA>} (commands print where they wrote);</li>
 *   <li>in HTML pages the embedded ECharts library (about 1 MB of minified code, inlined verbatim
 *       from its WebJar) is replaced by one line naming its version, its length and its SHA-256,
 *       so the golden pages stay small and readable and the library is still pinned;</li>
 * </ol>
 * Everything else (numbers, key order, whitespace, line ends) is compared as written. (Before
 * {@code ModelRule} wrote its two-metric evidence in an ordered map, the order of those two keys
 * changed from one JVM to the next, {@code Map.of} iterating by a per-JVM salt; the golden files
 * were recorded with them in the order the source writes them, which is what the rule now does.)
 *
 * <p><b>Regenerating</b> after a change of output made on purpose (regenerate in the same commit
 * and say why in its message), from the repository root:
 * <pre>
 * mvn -B -pl glassbox-it -am verify -Dglassbox.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GoldenOutputTest
 * </pre>
 * This rewrites the golden folder of every run (deleting files a run no longer writes); the test
 * then passes, and {@code git diff glassbox-it/src/test/resources/golden} shows what changed.
 * Without the flag a difference fails the run with the name of the golden file and its first
 * differing lines (for a long line, the stretch around the first differing character).
 */
class GoldenOutputTest {
    static final boolean UPDATE = Boolean.getBoolean("glassbox.golden.update");
    static final Path GOLDEN = Path.of(System.getProperty("glassbox.golden.dir", "src/test/resources/golden"))
            .toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of(System.getProperty("glassbox.examples", "../examples"))
            .toAbsolutePath().normalize();
    static final String ECHARTS_VERSION = System.getProperty("glassbox.echarts.version", "5.3.1");
    static final String REGENERATE = "mvn -B -pl glassbox-it -am verify -Dglassbox.golden.update=true "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dtest=GoldenOutputTest";

    /** Lines of context shown around the first difference. */
    static final int CONTEXT = 3;
    /** Characters shown either side of the first differing character of a long line. */
    static final int WINDOW = 100;

    @TempDir
    static Path tmp;

    /** One golden run: its name (the golden folder) and its arguments with {@code <OUT>}, {@code <EXAMPLES>}, {@code <DATA>}. */
    record Run(String name, List<String> args) {
        Run {
            if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
                throw new IllegalArgumentException("run name must be lower-case letters, digits, '.', '-': " + name);
            }
            args = List.copyOf(args);
        }

        static Run of(String name, String... args) {
            return new Run(name, List.of(args));
        }

        boolean needsShared() {
            return args.stream().anyMatch(a -> a.contains("<DATA>"));
        }
    }

    static final String PA = "<EXAMPLES>/province-a";
    static final String CB = "<EXAMPLES>/city-b";
    static final String EMB = "lastPhase.embedding.index";
    static final String DUAL = "phases[-1].structure.metrics.dualAuthorityRatio";
    static final String INIT = "phases[last].subjects.enterpriseInitiationShare";

    /** The runs on the demo cases (no shared data needed). */
    static List<Run> demoRuns() {
        return List.of(
                Run.of("analyze-province-a-json", "analyze", PA, "--json", "-"),
                Run.of("analyze-city-b-text", "analyze", CB),
                Run.of("analyze-province-a-files", "analyze", PA, "--json", "<OUT>/analysis.json",
                        "--html", "<OUT>/report.html", "--export", "<OUT>/export"),
                Run.of("analyze-city-b-html-zh", "analyze", CB, "--html", "<OUT>/report-zh.html", "--lang", "zh"),
                Run.of("compare-json", "compare", PA, CB, "--json", "-"),
                Run.of("compare-files", "compare", PA, CB, "--html", "<OUT>/report.html", "--export", "<OUT>/export"),
                Run.of("compare-qca", "compare", PA, CB, "--qca", "--outcome", "model.verdict=market",
                        "--conditions", "EMB:" + EMB + ",DUAL:" + DUAL + ",INIT:" + INIT,
                        "--calibrate", EMB + "=0.15,0.35,0.55", "--calibrate", "DUAL=e=0.02,c=0.2,i=0.4",
                        "--incl-cut", "0.8", "--qca-table", "<OUT>/table.csv", "--qca-html", "<OUT>/xy.html",
                        "--json", "<OUT>/comparison.json"),
                Run.of("compare-qca-no-positive-row", "compare", PA, CB, "--qca", "--outcome", "model.verdict=market",
                        "--conditions", "EMB:" + EMB + ",INIT:" + INIT, "--calibrate", "INIT=0.03,0.15,0.28",
                        "--qca-table", "<OUT>/table.csv"),
                Run.of("demo", "demo", "--examples", "<EXAMPLES>", "--html", "<OUT>/report.html"));
    }

    static final String LOGS = "<DATA>/process/logs/";
    static final String QCA = "<DATA>/qca/datasets/";

    /** The runs on ../shared/data: each well under a second. */
    static List<Run> sharedRuns() {
        String running = LOGS + "running-example.xes";
        String road = LOGS + "roadtraffic100traces.xes";
        String ocel = LOGS + "ocel20_example.jsonocel";
        return List.of(
                Run.of("process-stats-json", "process", "stats", running, "--json", "-"),
                Run.of("process-stats-text", "process", "stats", road),
                Run.of("process-dfg-json", "process", "dfg", running, "--performance", "--json", "-"),
                Run.of("process-dfg-text-html", "process", "dfg", road, "--html", "<OUT>/dfg.html"),
                Run.of("process-ocdfg-json", "process", "ocdfg", ocel, "--json", "-"),
                Run.of("process-ocdfg-text", "process", "ocdfg", ocel),
                Run.of("process-handover-json", "process", "handover", running, "--json", "-"),
                Run.of("process-handover-text", "process", "handover", road),
                Run.of("process-compare-json", "process", "compare", running, road, "--json", "-"),
                Run.of("process-compare-text", "process", "compare", running, road),
                Run.of("qca-truth-json", "qca", "truth", QCA + "LC.csv", "--outcome", "SURV", "--json", "-"),
                Run.of("qca-truth-text", "qca", "truth", QCA + "LF.csv", "--outcome", "SURV", "--incl-cut", "0.8"),
                Run.of("qca-minimize-json", "qca", "minimize", QCA + "CVF.csv", "--outcome", "PROTEST",
                        "--incl-cut", "0.8", "--include", "?", "--json", "-"),
                Run.of("qca-minimize-text", "qca", "minimize", QCA + "CVF.csv", "--outcome", "PROTEST",
                        "--incl-cut", "0.8", "--include", "?"),
                Run.of("qca-minimize-intermediate-text", "qca", "minimize", QCA + "LF.csv", "--outcome", "SURV",
                        "--incl-cut", "0.8", "--dir-exp", "DEV, URB, LIT, IND, STB"),
                Run.of("qca-necessity-json", "qca", "necessity", QCA + "LF.csv", "--outcome", "SURV", "--json", "-"),
                Run.of("qca-necessity-text", "qca", "necessity", QCA + "LF.csv", "--outcome", "SURV"),
                Run.of("qca-fit-json", "qca", "fit", QCA + "LF.csv", "DEV*STB -> SURV", "--json", "-"),
                Run.of("qca-fit-text", "qca", "fit", QCA + "LF.csv", "DEV*STB -> SURV"),
                Run.of("qca-calibrate-json", "qca", "calibrate", QCA + "LR.csv", "--column", "DEV",
                        "--thresholds", "e=350,c=550,i=900", "--json", "-"),
                Run.of("qca-calibrate-text", "qca", "calibrate", QCA + "LR.csv", "--column", "DEV",
                        "--thresholds", "e=350,c=550,i=900", "--output", "<OUT>/calibrated.csv"));
    }

    @TestFactory
    Stream<DynamicTest> demoCases() {
        return demoRuns().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> check(r)));
    }

    @TestFactory
    Stream<DynamicTest> sharedData() {
        return sharedRuns().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> check(r)));
    }

    /** The normalisation replaces the run's absolute paths, longest first, and nothing else. */
    @Test
    void normalisationReplacesOnlyThePaths() {
        assertThat(normalise("out.txt", "wrote /tmp/x/y/a.json from /tmp/x", Map.of("<OUT>", "/tmp/x/y", "<DATA>", "/tmp/x")))
                .isEqualTo("wrote <OUT>/a.json from <DATA>");
        String json = "{\n  \"metrics\" : {\n    \"decisionEvents\" : 14.0,\n    \"coDecision\" : 0.5\n  }\n}";
        assertThat(normalise("a.json", json, Map.of("<OUT>", "/tmp/x"))).isEqualTo(json);
    }

    /** In a page, the embedded chart library becomes one line with its SHA-256; the rest stays. */
    @Test
    void theChartLibraryIsReplacedByItsHash() {
        String page = "<script>\n" + echarts() + "\n</script><p>x</p>";
        String n = normalise("r.html", page, Map.of());
        assertThat(n).startsWith("<script>\n/* ECharts " + ECHARTS_VERSION).contains("SHA-256 " + sha256(echarts()))
                .endsWith("\n</script><p>x</p>").hasSizeLessThan(300);
        assertThat(normalise("r.txt", page, Map.of())).isEqualTo(page);
    }

    /** A difference names the file, the line and column, and shows both versions around it. */
    @Test
    void aDifferenceIsReadable() {
        String msg = firstDifference("golden/x/stdout.txt", "a\nb\nc = 1\nd\n", "a\nb\nc = 2\nd\n");
        assertThat(msg).startsWith("golden/x/stdout.txt: first difference at line 3").contains("(column 5)")
                .contains("  - c = 1\n").contains("  + c = 2\n");
        String longLine = "x".repeat(1000);
        assertThat(firstDifference("f", longLine + "A", longLine + "B")).contains("- …" + "x".repeat(WINDOW) + "A")
                .contains("+ …" + "x".repeat(WINDOW) + "B");
    }

    /** The shared data folder, or a skip with the place looked in. */
    static Path data() {
        Path dir = Path.of(System.getProperty("glassbox.shared", "../../shared"), "data").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("process")) && Files.isDirectory(dir.resolve("qca")),
                "shared data not found at " + dir + "; skipping the golden runs on it");
        return dir;
    }

    void check(Run run) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("province-a")), "examples not found at " + EXAMPLES);
        Path data = run.needsShared() ? data() : null;
        Path out = Files.createDirectories(tmp.resolve(run.name())).toAbsolutePath().normalize();
        Map<String, String> actual = produce(run, out, data);
        Path golden = GOLDEN.resolve(run.name());
        if (UPDATE) {
            write(golden, actual);
            return;
        }
        if (!Files.isDirectory(golden)) {
            fail("no golden files for run '" + run.name() + "' at " + golden + "; record them with\n  " + REGENERATE);
        }
        Map<String, String> expected = read(golden);
        List<String> problems = new ArrayList<>();
        for (String f : new TreeSet<>(expected.keySet())) {
            if (!actual.containsKey(f)) {
                problems.add(golden.resolve(f) + ": no longer written");
            }
        }
        for (String f : actual.keySet()) {
            if (!expected.containsKey(f)) {
                problems.add(golden.resolve(f) + ": written now, not in the golden files");
            } else if (!expected.get(f).equals(actual.get(f))) {
                problems.add(firstDifference(golden.resolve(f).toString(), expected.get(f), actual.get(f)));
            }
        }
        if (!problems.isEmpty()) {
            fail("run '" + run.name() + "' differs from its golden files (if on purpose, regenerate with\n  "
                    + REGENERATE + "\nand say why in the commit):\n" + String.join("\n", problems));
        }
    }

    /** Runs the command and returns its outputs, normalised, by golden file name. */
    static Map<String, String> produce(Run run, Path out, Path data) throws IOException {
        Map<String, String> places = new TreeMap<>();
        places.put("<OUT>", out.toString());
        places.put("<EXAMPLES>", EXAMPLES.toString());
        if (data != null) {
            places.put("<DATA>", data.toString());
        }
        List<String> args = new ArrayList<>();
        for (String a : run.args()) {
            for (Map.Entry<String, String> p : places.entrySet()) {
                a = a.replace(p.getKey(), p.getValue());
            }
            args.add(a);
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));
        int code = cl.execute(args.toArray(String[]::new));

        Map<String, String> files = new TreeMap<>();
        files.put("command.txt", "glassbox " + String.join(" ", run.args().stream().map(GoldenOutputTest::quote).toList())
                + "\nexit " + code + "\n");
        files.put("stdout.txt", normalise("stdout.txt", stdout.toString(), places));
        files.put("stderr.txt", normalise("stderr.txt", stderr.toString(), places));
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = "files/" + out.relativize(p).toString().replace('\\', '/');
                files.put(rel, rel.endsWith(".png") || rel.endsWith(".docx") ? binary(p) : normalise(rel, utf8(p), places));
            }
        }
        return files;
    }

    /** An argument as a shell would need it (for command.txt, which is read by people). */
    static String quote(String a) {
        return a.matches("[A-Za-z0-9_./:=,<>+-]+") ? a : "'" + a.replace("'", "'\\''") + "'";
    }

    /**
     * What a golden run keeps of a binary output (the export's PNG charts and Word tables): its kind and,
     * for a PNG, its pixel size — not its bytes, which depend on the fonts installed; their content is
     * checked by ReportFiguresTest and PaperExportTest.
     */
    static String binary(Path p) throws IOException {
        if (p.toString().endsWith(".png")) {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(p.toFile());
            return "binary: PNG image, " + img.getWidth() + " × " + img.getHeight() + " pixels\n";
        }
        return "binary: Word document (.docx)\n";
    }

    static String utf8(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(p + " is not UTF-8 text; the golden runs keep only textual outputs", e);
        }
    }

    /** The normalisation the class Javadoc lists, and nothing else. */
    static String normalise(String name, String text, Map<String, String> places) {
        String s = text;
        // 1. absolute paths, longest first so that a folder inside another is replaced whole
        List<Map.Entry<String, String>> byLength = new ArrayList<>(places.entrySet());
        byLength.sort((a, b) -> b.getValue().length() - a.getValue().length());
        for (Map.Entry<String, String> p : byLength) {
            s = s.replace(p.getValue(), p.getKey());
        }
        // 2. the embedded chart library
        if (name.endsWith(".html")) {
            String lib = echarts();
            s = s.replace(lib, "/* ECharts " + ECHARTS_VERSION + " (echarts.min.js from its WebJar): "
                    + lib.length() + " characters, SHA-256 " + sha256(lib) + "; left out of the golden file */");
        }
        return s;
    }

    private static String echartsText;

    static synchronized String echarts() {
        if (echartsText == null) {
            String res = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
            try (InputStream in = GoldenOutputTest.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("ECharts not on the test class path: " + res);
                }
                echartsText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return echartsText;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first differing lines of two texts, with a few lines of context, readable in a test report. */
    static String firstDifference(String file, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder(file).append(": first difference at line ").append(i + 1)
                .append(" (golden ").append(e.length).append(" lines, now ").append(a.length).append(")\n");
        for (int k = Math.max(0, i - CONTEXT); k < i; k++) {
            sb.append("    ").append(clip(e[k], 0)).append('\n');
        }
        String el = i < e.length ? e[i] : null;
        String al = i < a.length ? a[i] : null;
        int col = 0;
        if (el != null && al != null) {
            while (col < el.length() && col < al.length() && el.charAt(col) == al.charAt(col)) {
                col++;
            }
            sb.append("  (column ").append(col + 1).append(")\n");
        }
        sb.append("  - ").append(el == null ? "<end of file>" : clip(el, col)).append('\n');
        sb.append("  + ").append(al == null ? "<end of file>" : clip(al, col)).append('\n');
        for (int k = i + 1; k < Math.min(e.length, i + 1 + CONTEXT); k++) {
            sb.append("  - ").append(clip(e[k], 0)).append('\n');
        }
        for (int k = i + 1; k < Math.min(a.length, i + 1 + CONTEXT); k++) {
            sb.append("  + ").append(clip(a[k], 0)).append('\n');
        }
        return sb.toString();
    }

    /** A line cut to the stretch around {@code col}, marked with … where cut. */
    static String clip(String line, int col) {
        int from = Math.max(0, col - WINDOW);
        int to = Math.min(line.length(), col + WINDOW);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static void write(Path dir, Map<String, String> files) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
    }
}
