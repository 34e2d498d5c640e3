package org.glassbox.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.io.Cases;
import org.glassbox.sim.Parameter;
import org.glassbox.sim.Scenario;
import org.glassbox.sim.Simulation;
import org.glassbox.sim.SimulationResult;
import org.glassbox.sim.Sweep;

/**
 * The simulation's speed and the study at full size (docs/simulation.md). Three parts:
 * <ol>
 * <li>speed: {@code RUNS} runs × {@code YEARS} years of the market preset with {@code ACTORS} actors
 *     (default 1,000 × 10 × 50; goal &lt; 30 s on 2 cores), each run analysed by Glassbox.analyze;</li>
 * <li>a 2,000-actor preset case (2 runs);</li>
 * <li>the study: Province A and City B calibrated (all phases and p1 only), 200 runs each, and
 *     the contract-strength sweep from A's value (9 points × 50 runs) with its threshold.</li>
 * </ol>
 * Run: {@code ./bench simulation [RUNS YEARS ACTORS]}; {@code ./bench simulation speed} for part 1 only.
 */
public final class SimulationBenchmark {
    private SimulationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean speedOnly = args.length > 0 && args[0].equals("speed");
        int off = speedOnly ? 1 : 0;
        int runs = args.length > off ? Integer.parseInt(args[off]) : 1000;
        int years = args.length > off + 1 ? Integer.parseInt(args[off + 1]) : 10;
        int actors = args.length > off + 2 ? Integer.parseInt(args[off + 2]) : 50;
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "simulation benchmark: %d cores, load average %.1f%n", threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Scenario preset = Simulation.preset(GeneratingProcess.MARKET, actors, years);
        Simulation.run(preset, new Simulation.Options(Math.min(20, runs), 99, threads), null, null); // warm-up
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        SimulationResult r = Simulation.run(preset, new Simulation.Options(runs, 1, threads), null, null);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpu() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%d runs × %d years, %d actors (market preset), %.0f events per run: %.1f s wall, %.1f s CPU, %.1f runs/s%n",
                runs, years, actors, r.meanEvents(), wall, cpu, runs / wall);
        System.out.println("  model " + shares(r.outcomes().get("model")));
        if (mx == null || speedOnly) {
            return;
        }
        t0 = System.nanoTime();
        Scenario big = Simulation.preset(GeneratingProcess.ADMINISTRATIVE, 2000, 5);
        double calib = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        SimulationResult rb = Simulation.run(big, new Simulation.Options(2, 1, threads), null, null);
        System.out.printf(Locale.ROOT, "2,000-actor administrative preset, 5 years: calibration %.1f s, 2 runs %.1f s (%.0f events per run), model %s%n",
                calib, (System.nanoTime() - t0) / 1e9, rb.meanEvents(), shares(rb.outcomes().get("model")));

        Path ex = Path.of(System.getProperty("glassbox.home", "."), "examples");
        for (String name : List.of("province-a", "city-b")) {
            for (String until : new String[] {null, "p1"}) {
                Scenario sc = Simulation.calibrate(Cases.read(ex.resolve(name)), until);
                SimulationResult s = Simulation.run(sc, new Simulation.Options(200, 1, threads), null, null);
                System.out.printf(Locale.ROOT, "%s calibrated on %s, 200 runs: model %s; late structure %s; trajectory %s%n", name,
                        until == null ? "all phases" : "p1 only", shares(s.outcomes().get("model")), shares(s.outcomes().get("lateStructure")),
                        shares(s.outcomes().get("trajectory")));
            }
        }
        Scenario a = Simulation.calibrate(Cases.read(ex.resolve("province-a")), null);
        double c = a.parameters().get(Parameter.CONTRACT_STRENGTH);
        List<Sweep.Cell> cells = Sweep.run(a, List.of(new Sweep.Axis(Parameter.CONTRACT_STRENGTH, c, Math.min(1, c + 0.4), 9)),
                new Simulation.Options(50, 1, threads), null);
        for (Sweep.Cell cell : cells) {
            System.out.printf(Locale.ROOT, "  contractStrength %.3f: market %.2f, administrative %.2f, inter-embedded %.2f%n", cell.values()[0],
                    cell.model().get("market"), cell.model().get("administrative"), cell.trajectory().get("inter-embedded"));
        }
        System.out.printf(Locale.ROOT, "Province A: market in half of the runs from contractStrength ≈ %.3f (calibrated %.3f)%n",
                Sweep.marketThreshold(cells), c);
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean s) {
            return s.getProcessCpuTime();
        }
        return 0;
    }

    /** Shares of runs as percentages with one decimal ({administrative=99.0 %, …}), not the sums' binary noise. */
    static String shares(java.util.Map<String, Double> m) {
        java.util.StringJoiner j = new java.util.StringJoiner(", ", "{", "}");
        m.forEach((k, v) -> j.add(k + "=" + String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v)));
        return j.toString();
    }
}
