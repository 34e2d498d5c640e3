package org.glassbox.bench;

import org.glassbox.io.Cases;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.CaseWriter;

/**
 * How fast a large case folder loads and how much heap it takes: {@code ./bench load [CASE_DIR]
 * [--events N] [--actors M] [--runs R]}. Without a folder, generates a 1,000,000-event,
 * 50,000-actor case into a temporary folder with CaseGenerator and CaseWriter (deleted
 * afterwards). Reads it once to warm up, then R times (default 3); reports the best time, events
 * per second, the peak heap during a read (sum of the heap pools' peaks, reset before each read)
 * and the heap the loaded case keeps. Run with {@code BENCH_JAVA_OPTS=-Xmx1g} to show it fits in
 * 1 GB.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        int events = 1_000_000;
        int actors = 50_000;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--actors" -> actors = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        boolean generated = dir == null;
        if (generated) {
            dir = Files.createTempDirectory("glassbox-load-");
            long t0 = System.nanoTime();
            Case c = CaseGenerator.generate(CaseGenerator.Options.of(events, actors).withSeed(1));
            long t1 = System.nanoTime();
            CaseWriter.writeFolder(c, dir);
            long t2 = System.nanoTime();
            System.out.printf("generated %,d events, %,d actors, %,d ties in %.2f s; wrote %s (%.0f MB) in %.2f s%n",
                    c.events().size(), c.actors().size(), c.ties().size(), (t1 - t0) / 1e9, dir, sizeMb(dir), (t2 - t1) / 1e9);
        }
        try {
            System.out.printf("max heap %.0f MB, %d processors%n", Runtime.getRuntime().maxMemory() / 1e6,
                    Runtime.getRuntime().availableProcessors());
            Case warm = Cases.read(dir);
            int n = warm.events().size();
            warm = null;
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            long peak = 0;
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Case kept = null;
            for (int r = 0; r < runs; r++) {
                kept = null;
                System.gc();
                resetPeaks();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                kept = Cases.read(dir);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                long p = peakHeap();
                System.out.printf("run %d: %.2f s wall (%.2f s CPU of the reading thread), %,.0f events/s, peak heap %.0f MB%n",
                        r + 1, s, cpu, n / s, p / 1e6);
                best = Math.min(best, s);
                bestCpu = Math.min(bestCpu, cpu);
                peak = Math.max(peak, p);
            }
            System.gc();
            long retained = used();
            System.out.printf("load %s: %,d events, %,d actors, %,d ties; best of %d %.2f s = %,.0f events/s "
                            + "(best CPU %.2f s); peak heap %.0f MB; case retained %.0f MB; load average %.1f%n",
                    dir.getFileName(), n, kept.actors().size(), kept.ties().size(), runs, best, n / best, bestCpu,
                    peak / 1e6, retained / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            if (generated) {
                delete(dir);
            }
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long used() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static double sizeMb(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum() / 1e6;
        }
    }

    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
