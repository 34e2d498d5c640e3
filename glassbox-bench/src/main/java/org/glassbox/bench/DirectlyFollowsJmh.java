package org.glassbox.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.SequenceOrder;
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
 * JMH micro-benchmark of the process kernels on a synthetic log (seeded): 1,000,000 events in
 * 250,000 cases, {@code activities} activities (a small count uses the int matrix, a large one the
 * open-addressing map), 100 resources. Run:
 * {@code java -cp glassbox-bench/target/classes:$(cat glassbox-bench/target/classpath.txt) org.openjdk.jmh.Main DirectlyFollowsJmh}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DirectlyFollowsJmh {
    @Param({"12", "2000"})
    int activities;

    EventLog log;
    CaseView view;

    @Setup
    public void setup() {
        Random rnd = new Random(7);
        EventStore.Builder b = EventStore.builder();
        long t = 1_400_000_000_000L;
        for (int c = 0; c < 250_000; c++) {
            String id = "c" + c;
            for (int k = 0; k < 4; k++) {
                t += rnd.nextInt(3_600_000);
                b.add(null, "a" + rnd.nextInt(activities), t, Precision.INSTANT);
                b.caseId(id);
                b.actor("r" + rnd.nextInt(100), Role.INITIATOR);
            }
        }
        log = new EventLog("synthetic", b.build(), null, null, null, null, null);
        view = ProcessMining.caseView(log);
    }

    @Benchmark
    public CaseView caseView() {
        return ProcessMining.caseView(log);
    }

    @Benchmark
    public DirectlyFollowsGraph dfg() {
        return ProcessMining.discoverDfg(view, SequenceOrder.TIME);
    }

    @Benchmark
    public DirectlyFollowsGraph performanceDfg() {
        return ProcessMining.discoverPerformanceDfg(view, SequenceOrder.TIME);
    }

    @Benchmark
    public ResourceNetwork handover() {
        return ProcessMining.handoverOfWork(view, SequenceOrder.TIME, MissingResource.AS_NODE);
    }
}
