package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.io.EventLogs;
import org.glassbox.report.layout.LayeredLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The process map's layered layout on real logs: no two boxes overlap, start leftmost, end rightmost, all inside the view box. */
class ProcessMapLayoutTest {
    static final Path LOGS = Path.of(System.getProperty("glassbox.shared", "../../shared"), "data", "process", "logs");

    static DirectlyFollowsGraph dfg(String file) throws Exception {
        Path p = LOGS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared log " + p + " not found; skipping");
        return ProcessMining.discoverDfg(ProcessMining.caseView(EventLogs.read(p)), SequenceOrder.TIME);
    }

    static void assertFits(DirectlyFollowsGraph g) {
        long t0 = System.nanoTime();
        LayeredLayout.Drawing d = ProcessMapPage.drawing(g);
        System.out.printf("layout of %d activities: %.2f s, %.0f × %.0f%n", g.activities().size(), (System.nanoTime() - t0) / 1e9, d.width(), d.height());
        List<LayeredLayout.Placed> boxes = d.boxes();
        assertThat(boxes).hasSize(Math.min(g.activities().size(), ProcessMapPage.MAX_ACTIVITIES) + 2);
        for (int i = 0; i < boxes.size(); i++) {
            LayeredLayout.Placed a = boxes.get(i);
            assertThat(a.x()).as(a.id()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).as(a.id()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).as(a.id()).isLessThanOrEqualTo(d.width());
            assertThat(a.y() + a.height()).as(a.id()).isLessThanOrEqualTo(d.height());
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(a.overlaps(boxes.get(j))).as(a + " overlaps " + boxes.get(j)).isFalse();
            }
        }
        LayeredLayout.Placed start = d.box(ProcessMapPage.START);
        LayeredLayout.Placed end = d.box(ProcessMapPage.END);
        for (LayeredLayout.Placed b : boxes) {
            if (b != start) {
                assertThat(b.x()).as(b.id() + " right of the start").isGreaterThan(start.x());
            }
            if (b != end) {
                assertThat(b.x()).as(b.id() + " left of the end").isLessThan(end.x());
            }
        }
    }

    @Test
    void runningExample() throws Exception {
        assertFits(dfg("running-example.xes"));
    }

    @Test
    void bpic15() throws Exception {
        assertFits(dfg("BPIC15_1.xes.gz"));
    }

    @Test
    void coselogReceipt() throws Exception {
        assertFits(dfg("Receipt_WABO_CoSeLoG.xes.gz"));
    }

    @Test
    void overlapIsDetected() {
        LayeredLayout.Placed a = new LayeredLayout.Placed("a", 0, 0, 10, 10);
        assertThat(a.overlaps(new LayeredLayout.Placed("b", 9, 9, 10, 10))).isTrue();
        assertThat(a.overlaps(new LayeredLayout.Placed("c", 10, 0, 10, 10))).isFalse();
    }
}
