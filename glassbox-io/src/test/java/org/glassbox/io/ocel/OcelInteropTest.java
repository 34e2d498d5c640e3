package org.glassbox.io.ocel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.glassbox.core.model.EventLog;
import org.junit.jupiter.api.Test;

/**
 * The shared OCEL 2.0 files (pm4py's example, the P2P log) read with the counts of
 * {@code shared/data/process/expected/} and its README. Where pm4py differs (it drops event-less
 * objects and O2O rows with an unknown or dropped endpoint), our documented behaviour is asserted
 * next to pm4py's figures.
 */
class OcelInteropTest {

    private static JsonNode expected(String name) throws IOException {
        return new ObjectMapper().readTree(SharedData.expected(name).toFile());
    }

    private static Map<String, Integer> map(JsonNode n) {
        Map<String, Integer> m = new TreeMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asInt()));
        return m;
    }

    private static List<String> list(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.forEach(x -> l.add(x.asText()));
        return l;
    }

    static void assertExample(EventLog log, JsonNode x) {
        OcelCounts c = OcelCounts.of(log);
        JsonNode f = x.get("in_file");
        assertThat(c.events()).isEqualTo(f.get("events").asInt()).isEqualTo(x.get("events").asInt()).isEqualTo(13);
        assertThat(c.objects()).isEqualTo(f.get("objects").asInt()).isEqualTo(9);
        assertThat(c.e2o()).isEqualTo(f.get("e2o").asInt()).isEqualTo(20);
        assertThat(c.o2o()).isEqualTo(f.get("o2o").asInt()).isEqualTo(7);
        assertThat(c.dangling()).isEqualTo(f.get("o2o_with_unknown_endpoint").asInt()).isZero();
        assertThat(c.objectsWithoutEvents()).isEqualTo(f.get("objects_without_events").asInt()).isZero();
        assertThat(c.changes()).isEqualTo(x.get("object_changes").asInt());
        assertThat(new ArrayList<>(c.eventsPerType().keySet())).isEqualTo(list(x.get("event_types")));
        assertThat(new ArrayList<>(c.objectsPerType().keySet())).isEqualTo(list(x.get("object_types")));
        assertThat(c.eventsPerType()).isEqualTo(map(x.get("events_per_type")));
        assertThat(c.objectsPerType()).isEqualTo(map(x.get("objects_per_type")));
        assertThat(c.e2oPerObjectType()).isEqualTo(map(x.get("e2o_per_object_type")));
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void exampleJson() throws IOException {
        Path f = SharedData.log("ocel20_example.jsonocel");
        EventLog log = OcelReader.read(f);
        assertExample(log, expected("ocel20_example.jsonocel.json"));
        assertThat(log.eventTypeSchemas()).hasSize(8);
        assertThat(log.objects().typeSchemas()).hasSize(4);
        assertThat(log.objects().typeSchemas().get("Purchase Order")).containsOnlyKeys("po_product", "po_quantity");
    }
}
