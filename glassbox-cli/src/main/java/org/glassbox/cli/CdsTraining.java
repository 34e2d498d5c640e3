package org.glassbox.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The training run of the launcher's class-data-sharing archive (docs/performance.md, "Start-up"):
 * one JVM, started with {@code -XX:ArchiveClassesAtExit}, runs the commands a user starts most
 * often — {@code validate} and {@code analyze} of the demo, {@code qca minimize}, {@code process
 * dfg} of an XES and of a CSV log with {@code --json} — on small inputs it writes into a temporary
 * folder, so that every class those commands load comes from the archive in later runs. Output is
 * discarded; the inputs are deleted at the end. A command that fails here only leaves its classes
 * out of the archive.
 *
 * <p>Usage (the launcher's): {@code java -XX:ArchiveClassesAtExit=F -cp … org.glassbox.cli.CdsTraining HOME}.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        int failed = train(Path.of(args.length > 0 ? args[0] : "."));
        if (failed > 0) {
            System.err.println("glassbox: " + failed + " training command(s) failed; their classes are not in the archive");
        }
    }

    /** Runs the training commands with their output discarded; returns how many did not exit with 0. */
    static int train(Path home) throws IOException {
        Path dir = Files.createTempDirectory("glassbox-cds-");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        System.setOut(discard);
        System.setErr(discard);
        int failed = 0;
        try {
            Path qca = Files.writeString(dir.resolve("qca.csv"), qcaData());
            Path xes = dir.resolve("log.xes.gz");
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(xes)), StandardCharsets.UTF_8)) {
                w.write(xesLog());
            }
            Path csv = Files.writeString(dir.resolve("log.csv"), csvLog());
            String demo = home.resolve("examples/province-a").toString();
            List<String[]> runs = List.of(
                    new String[] {"validate", demo},
                    new String[] {"analyze", demo},
                    new String[] {"qca", "minimize", qca.toString(), "--outcome", "Y", "--incl-cut", "0.8", "--include", "?"},
                    new String[] {"process", "dfg", xes.toString()},
                    new String[] {"process", "dfg", csv.toString(), "--json", dir.resolve("dfg.json").toString()});
            for (String[] run : runs) {
                picocli.CommandLine cl = Main.commandLine(run);
                cl.setOut(new PrintWriter(Writer.nullWriter()));
                cl.setErr(new PrintWriter(Writer.nullWriter()));
                if (cl.execute(run) != 0) {
                    failed++;
                }
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return failed;
    }

    /** 64 cases over six crisp conditions, every configuration once, Y = A·B + ~C·D. */
    static String qcaData() {
        StringBuilder b = new StringBuilder("case,A,B,C,D,E,F,Y\n");
        for (int k = 0; k < 64; k++) {
            int[] x = new int[6];
            for (int j = 0; j < 6; j++) {
                x[j] = (k >> j) & 1;
            }
            int y = (x[0] == 1 && x[1] == 1) || (x[2] == 0 && x[3] == 1) ? 1 : 0;
            b.append('c').append(k);
            for (int v : x) {
                b.append(',').append(v);
            }
            b.append(',').append(y).append('\n');
        }
        return b.toString();
    }

    private static final String[] STEPS = {"register", "check", "decide", "notify"};

    /** Twenty traces of four events with times and resources, as XES 1849-2016. */
    static String xesLog() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\">\n");
        for (int t = 0; t < 20; t++) {
            b.append("<trace><string key=\"concept:name\" value=\"case ").append(t).append("\"/>\n");
            for (int e = 0; e < STEPS.length; e++) {
                b.append("<event><string key=\"concept:name\" value=\"").append(STEPS[(e + t % 2) % STEPS.length])
                        .append("\"/><string key=\"org:resource\" value=\"clerk ").append(t % 3)
                        .append("\"/><date key=\"time:timestamp\" value=\"2024-01-").append(String.format("%02d", 1 + t % 28))
                        .append("T0").append(e).append(":00:00.000+01:00\"/><int key=\"cost\" value=\"").append(10 * e)
                        .append("\"/></event>\n");
            }
            b.append("</trace>\n");
        }
        return b.append("</log>\n").toString();
    }

    /** The same shape as a CSV with pm4py's column names. */
    static String csvLog() {
        List<String> rows = new ArrayList<>(List.of("case:concept:name,concept:name,time:timestamp,org:resource,cost"));
        for (int t = 0; t < 20; t++) {
            for (int e = 0; e < STEPS.length; e++) {
                rows.add("case " + t + "," + STEPS[(e + t % 2) % STEPS.length] + ",2024-01-" + String.format("%02d", 1 + t % 28)
                        + "T0" + e + ":00:00Z,clerk " + t % 3 + "," + 10 * e);
            }
        }
        return String.join("\n", rows) + "\n";
    }
}
