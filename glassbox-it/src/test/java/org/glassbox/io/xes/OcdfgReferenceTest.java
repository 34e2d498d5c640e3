package org.glassbox.io.xes;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.EdgePerformance;
import org.glassbox.core.process.ObjectCentricDfg;
import org.glassbox.core.process.OcdfgActivity;
import org.glassbox.core.process.OcdfgEdge;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.it.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The object-centric DFG equals pm4py's {@code discover_ocdfg} on the OCEL 2.0 reference logs. */
class OcdfgReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ocel20_example.jsonocel", "ocel2-p2p.sqlite"})
    void equalsPm4py(String name) throws IOException {
        Path dir = SharedData.processDir();
        Assumptions.assumeTrue(dir != null, "shared data not found; skipping");
        JsonNode ex = new ObjectMapper().readTree(dir.resolve("expected/" + name + ".json").toFile());
        EventLog log = EventLogs.read(dir.resolve("logs/" + name));
        ObjectCentricDfg g = ProcessMining.discoverOcdfg(log);
        assertThat(g.objectTypes()).isEqualTo(Pm4pyReferenceTest.strings(ex.get("ocdfg_object_types")));
        assertThat(g.activities()).isEqualTo(Pm4pyReferenceTest.strings(ex.get("ocdfg_activities")));
        List<String> edges = new ArrayList<>();
        for (OcdfgEdge e : g.edges()) {
            edges.add(e.objectType() + "|" + e.source() + "|" + e.target() + "|" + e.eventCouples() + "|"
                    + e.uniqueObjects() + "|" + e.totalObjects());
        }
        assertThat(edges).isEqualTo(rows(ex.get("ocdfg_edges")));
        assertThat(activities(g.activitiesPerType())).isEqualTo(rows(ex.get("ocdfg_activities_ot")));
        assertThat(activities(g.activitiesIndependent())).isEqualTo(rows(ex.get("ocdfg_activities_indep")));
        assertThat(activities(g.startActivities())).isEqualTo(rows(ex.get("ocdfg_start_activities")));
        assertThat(activities(g.endActivities())).isEqualTo(rows(ex.get("ocdfg_end_activities")));
        JsonNode pc = ex.get("ocdfg_edges_performance_event_couples");
        JsonNode po = ex.get("ocdfg_edges_performance_total_objects");
        for (int i = 0; i < g.edges().size(); i++) {
            assertPerf(g.edges().get(i).couplePerformance(), pc.get(i));
            assertPerf(g.edges().get(i).objectPerformance(), po.get(i));
        }
    }

    private static void assertPerf(EdgePerformance p, JsonNode row) {
        double[] got = {p.mean(), p.median(), p.min(), p.max()};
        for (int k = 0; k < 4; k++) {
            double want = row.get(3 + k).asDouble();
            assertThat(got[k]).as("%s", row).isCloseTo(want, within(Math.max(1e-6, Math.abs(want) * 1e-9)));
        }
    }

    private static List<String> activities(List<OcdfgActivity> l) {
        List<String> out = new ArrayList<>();
        for (OcdfgActivity a : l) {
            out.add((a.objectType() == null ? "" : a.objectType() + "|") + a.activity() + "|" + a.events() + "|"
                    + a.uniqueObjects() + "|" + a.totalObjects());
        }
        return out;
    }

    private static List<String> rows(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : arr) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode c : r) {
                sb.append(sb.length() == 0 ? "" : "|").append(c.asText());
            }
            out.add(sb.toString());
        }
        return out;
    }
}
