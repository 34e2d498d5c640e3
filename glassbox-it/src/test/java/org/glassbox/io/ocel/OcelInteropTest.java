package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
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
import org.glassbox.it.SharedData;
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
        EventLog log = EventLogs.read(f);
        assertExample(log, expected("ocel20_example.jsonocel.json"));
        assertThat(log.eventTypeSchemas()).hasSize(8);
        assertThat(log.objects().typeSchemas()).hasSize(4);
        assertThat(log.objects().typeSchemas().get("Purchase Order")).containsOnlyKeys("po_product", "po_quantity");
    }

    @Test
    void exampleSqlite() throws IOException {
        EventLog log = EventLogs.read(SharedData.log("ocel20_example.sqlite"));
        assertExample(log, expected("ocel20_example.jsonocel.json"));
        // the SQLite copy writes times without offset, one hour later than the JSON's +00:00 (read as UTC)
        EventLog json = EventLogs.read(SharedData.log("ocel20_example.jsonocel"));
        int e1 = indexOf(log, "e1");
        assertThat(log.events().time(e1) - json.events().time(indexOf(json, "e1"))).isEqualTo(3_600_000L);
    }

    static int indexOf(EventLog log, String eventId) {
        for (int i = 0; i < log.events().size(); i++) {
            if (log.events().id(i).equals(eventId)) {
                return i;
            }
        }
        throw new AssertionError("no event " + eventId);
    }

    static void assertP2p(EventLog log, JsonNode x) {
        OcelCounts c = OcelCounts.of(log);
        JsonNode f = x.get("in_file");
        // ours: everything in the file is kept
        assertThat(c.events()).isEqualTo(f.get("events").asInt()).isEqualTo(14_671);
        assertThat(c.objects()).isEqualTo(f.get("objects").asInt()).isEqualTo(9_543);
        assertThat(c.e2o()).isEqualTo(f.get("e2o").asInt()).isEqualTo(35_927);
        assertThat(c.o2o()).isEqualTo(f.get("o2o").asInt()).isEqualTo(20_402);
        assertThat(c.dangling()).isEqualTo(f.get("o2o_with_unknown_endpoint").asInt()).isEqualTo(2_028);
        assertThat(c.objectsWithoutEvents()).isEqualTo(f.get("objects_without_events").asInt()).isEqualTo(489);
        assertThat(c.eventTypes()).isEqualTo(10);
        assertThat(c.objectTypes()).isEqualTo(7);
        // pm4py's figures beside ours: it drops the 489 event-less objects and 3,645 O2O rows
        assertThat(x.get("objects").asInt()).isEqualTo(c.objects() - c.objectsWithoutEvents()).isEqualTo(9_054);
        assertThat(c.objectsWithEventsPerType()).isEqualTo(map(x.get("objects_per_type")));
        assertThat(c.objectsPerType().get("material")).isEqualTo(2_296);
        assertThat(x.get("objects_per_type").get("material").asInt()).isEqualTo(1_807);
        assertThat(x.get("o2o").asInt()).isEqualTo(16_757).isLessThan(c.o2o() - c.dangling());
        assertThat(c.changes()).isEqualTo(x.get("object_changes").asInt()).isEqualTo(33_475);
        assertThat(c.eventsPerType()).isEqualTo(map(x.get("events_per_type")));
        assertThat(c.e2oPerObjectType()).isEqualTo(map(x.get("e2o_per_object_type")));
        assertThat(new ArrayList<>(c.eventsPerType().keySet())).isEqualTo(list(x.get("event_types")));
        assertThat(new ArrayList<>(c.objectsPerType().keySet())).isEqualTo(list(x.get("object_types")));
        assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("489 objects have no events"))
                .anySatisfy(w -> assertThat(w).contains("2,028 object-to-object relations"));
    }

    @Test
    void p2pSqlite() throws IOException {
        EventLog log = EventLogs.read(SharedData.log("ocel2-p2p.sqlite"));
        assertP2p(log, expected("ocel2-p2p.sqlite.json"));
        assertThat(log.events().attribute("resource").text(0)).isNotBlank();
        assertThat(log.objects().typeSchemas().get("material")).containsKeys("NetPriceEKPONETPR", "PlantEKPOWERKS");
        assertThat(log.objects().attributes().get("PlantEKPOWERKS")).isNotNull();
    }

    @Test
    void exampleXml() throws IOException {
        EventLog log = EventLogs.read(SharedData.log("ocel20_example.xmlocel"));
        assertExample(log, expected("ocel20_example.jsonocel.json"));
        assertThat(log.objects().typeSchemas().keySet())
                .containsExactly("Invoice", "Payment", "Purchase Order", "Purchase Requisition");
    }
}
