package org.glassbox.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up as the user feels it: wall time of a fresh {@code ./glassbox --version} and
 * {@code ./glassbox validate examples/province-a} (the launcher's build check, the JVM, the
 * command), each run {@code runs} times (default 20), alternating, median and quartiles, with the
 * CPU time and the load average; the same without the class-data-sharing archive
 * ({@code GLASSBOX_NO_CDS=1}) and {@code java -version} (the JVM's own floor) for reference.
 * Usage: {@code ./bench startup [--runs N]}.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 20;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            }
        }
        Path home = SideBySide.home();
        String launcher = home.resolve("glassbox").toString();
        String demo = home.resolve("examples/province-a").toString();
        // one untimed run: builds when the sources changed and makes the archive
        new ProcessBuilder(launcher, "--version").inheritIO().start().waitFor();
        List<String[]> cmds = List.of(new String[] {launcher, "--version"}, new String[] {launcher, "validate", demo},
                new String[] {"env", "GLASSBOX_NO_CDS=1", launcher, "--version"},
                new String[] {"env", "GLASSBOX_NO_CDS=1", launcher, "validate", demo}, new String[] {"java", "-version"});
        String[] names = {"glassbox --version", "glassbox validate examples/province-a", "  the same without AppCDS: --version",
                "  the same without AppCDS: validate", "java -version (the JVM alone)"};
        double[][] wall = new double[cmds.size()][runs];
        double[][] cpu = new double[cmds.size()][runs];
        double[] load = new double[runs];
        System.out.println(SideBySide.header("Start-up (" + runs + " runs each, alternating)"));
        for (int i = 0; i < runs; i++) {
            load[i] = SideBySide.loadAverage();
            for (int c = 0; c < cmds.size(); c++) {
                double[] t = time(cmds.get(c));
                wall[c][i] = t[0];
                cpu[c][i] = t[1];
            }
        }
        System.out.printf("%-42s %9s %9s %9s %9s%n", "command", "median s", "q1 s", "q3 s", "cpu s");
        for (int c = 0; c < cmds.size(); c++) {
            double[] w = wall[c].clone();
            Arrays.sort(w);
            double[] u = cpu[c].clone();
            Arrays.sort(u);
            System.out.printf(Locale.ROOT, "%-42s %9.3f %9.3f %9.3f %9.3f%n", names[c], median(w), w[runs / 4], w[(3 * runs) / 4], median(u));
        }
        double[] l = load.clone();
        Arrays.sort(l);
        System.out.printf(Locale.ROOT, "load average during the runs: median %.1f (min %.1f, max %.1f)%n", median(l), l[0], l[runs - 1]);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Wall seconds and CPU seconds (user + system, children included) of one run, by /usr/bin/time. */
    private static double[] time(String[] cmd) throws IOException, InterruptedException {
        Path t = java.nio.file.Files.createTempFile("glassbox-startup-", ".time");
        try {
            List<String> c = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", t.toString()));
            c.addAll(Arrays.asList(cmd));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            String[] f = java.nio.file.Files.readString(t).trim().split("\\s+");
            return new double[] {wall, Double.parseDouble(f[1]) + Double.parseDouble(f[2])};
        } finally {
            java.nio.file.Files.deleteIfExists(t);
        }
    }
}
