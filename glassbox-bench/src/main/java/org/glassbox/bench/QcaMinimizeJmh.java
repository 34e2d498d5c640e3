package org.glassbox.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.Qca;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTableOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH companion of {@link QcaBenchmark}: steady-state time of the parsimonious minimisation of the
 * bench problems (read from {@code glassbox.shared}/data/qca/bench).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class QcaMinimizeJmh {
    @Param({"crisp_K10_N200", "crisp_K12_N200", "crisp_K14_N50"})
    public String problem;

    private DataTable data;

    @Setup
    public void read() {
        Path dir = Path.of(System.getProperty("glassbox.shared", "../shared"), "data", "qca", "bench");
        data = CsvDataReader.read(dir.resolve(problem + ".csv"));
    }

    @Benchmark
    public MinimizationResult parsimonious() {
        return Qca.minimize(data, "Y", List.of(), TruthTableOptions.defaults().withInclCut(0.8), MinimizeOptions.parsimonious());
    }
}
