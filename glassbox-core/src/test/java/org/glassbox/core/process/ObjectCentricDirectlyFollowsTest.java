package org.glassbox.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.junit.jupiter.api.Test;

/**
 * The object-centric DFG on a hand-made order-to-delivery log, every number worked out by hand
 * below (pm4py's {@code discover_ocdfg} semantics: an occurrence is (e1, e2, o) for consecutive
 * events e1, e2 of object o).
 *
 * <pre>
 * event  activity  hour  objects
 * e1     place     0     o1, i1, i2
 * e2     place     1     o2, i3
 * e3     pick      2     i1, i2, i3      (one pick for items of both orders)
 * e4     pick      3     i2              (i2 picked again)
 * e5     ship      5     o1, i1, i2
 * e6     ship      6     o2, i3
 * e7     pay       8     o1
 * e8     note      9     (none: no object, so in no measure)
 * v1 is an invoice declared without events: its type is not an object type of the graph.
 * Events are added out of time order (e4 before e3, e7 before e5) to check the time sort.
 *
 * per object, in time order
 * o1: e1 place(0)  e5 ship(5)  e7 pay(8)
 * o2: e2 place(1)  e6 ship(6)
 * i1: e1 place(0)  e3 pick(2)  e5 ship(5)
 * i2: e1 place(0)  e3 pick(2)  e4 pick(3)  e5 ship(5)
 * i3: e2 place(1)  e3 pick(2)  e6 ship(6)
 *
 * edges (type, source → target): occurrences; eventCouples / uniqueObjects / totalObjects
 * item  pick → pick   (e3,e4,i2)                          1 / 1 / 1   durations 1 h
 * item  pick → ship   (e3,e5,i1) (e4,e5,i2) (e3,e6,i3)    3 / 3 / 3   couples 3 h, 2 h, 4 h
 * item  place → pick  (e1,e3,i1) (e1,e3,i2) (e2,e3,i3)    2 / 3 / 3   couples (e1,e3) 2 h, (e2,e3) 1 h;
 *                                                                     per occurrence 2 h, 2 h, 1 h
 * order place → ship  (e1,e5,o1) (e2,e6,o2)               2 / 2 / 2   5 h, 5 h
 * order ship → pay    (e5,e7,o1)                          1 / 1 / 1   3 h
 * </pre>
 */
class ObjectCentricDirectlyFollowsTest {
    private static final long H = 3_600_000L;

    static EventLog log() {
        EventStore.Builder b = EventStore.builder();
        event(b, "e1", "place", 0, "order:o1", "item:i1", "item:i2");
        event(b, "e2", "place", 1, "order:o2", "item:i3");
        event(b, "e4", "pick", 3, "item:i2");
        event(b, "e3", "pick", 2, "item:i1", "item:i2", "item:i3");
        event(b, "e7", "pay", 8, "order:o1");
        event(b, "e5", "ship", 5, "order:o1", "item:i1", "item:i2");
        event(b, "e6", "ship", 6, "order:o2", "item:i3");
        event(b, "e8", "note", 9);
        b.declareObject("v1", "invoice");
        return new EventLog("orders", b.build(), Map.of(), null, Map.of(), Map.of(), List.of());
    }

    /** One event; each object written type:key. */
    private static void event(EventStore.Builder b, String id, String activity, int hour, String... objects) {
        b.add(id, activity, hour * H, Precision.INSTANT);
        for (String o : objects) {
            String[] tk = o.split(":");
            b.object(tk[1], tk[0], "");
        }
    }

    @Test
    void edgesCountCouplesObjectsAndOccurrences() {
        ObjectCentricDfg g = ProcessMining.discoverOcdfg(log());
        assertThat(g.edges()).extracting(e -> e.objectType() + " " + e.source() + "→" + e.target() + " "
                        + e.eventCouples() + "/" + e.uniqueObjects() + "/" + e.totalObjects())
                .containsExactly(
                        "item pick→pick 1/1/1",
                        "item pick→ship 3/3/3",
                        "item place→pick 2/3/3",
                        "order place→ship 2/2/2",
                        "order ship→pay 1/1/1");
    }

    @Test
    void durationsPerCoupleAndPerOccurrence() {
        List<OcdfgEdge> edges = ProcessMining.discoverOcdfg(log()).edges();
        OcdfgEdge placePick = edges.get(2);
        // couples: 7200 s and 3600 s → mean 5400, sample stdev sqrt(2 · 1800²) = 1800·√2
        EdgePerformance couples = placePick.couplePerformance();
        assertThat(couples.mean()).isEqualTo(5400.0);
        assertThat(couples.median()).isEqualTo(5400.0);
        assertThat(couples.min()).isEqualTo(3600.0);
        assertThat(couples.max()).isEqualTo(7200.0);
        assertThat(couples.sum()).isEqualTo(10800.0);
        assertThat(couples.stdev()).isCloseTo(1800.0 * Math.sqrt(2), within(1e-9));
        // occurrences: 7200, 7200, 3600 s → mean 6000, median 7200, stdev sqrt((1200² + 1200² + 2400²) / 2)
        EdgePerformance objects = placePick.objectPerformance();
        assertThat(objects.mean()).isEqualTo(6000.0);
        assertThat(objects.median()).isEqualTo(7200.0);
        assertThat(objects.sum()).isEqualTo(18000.0);
        assertThat(objects.stdev()).isCloseTo(Math.sqrt(4_320_000.0), within(1e-9));
        // pick → ship: 3 h, 2 h, 4 h, all couples distinct
        assertThat(edges.get(1).couplePerformance()).isEqualTo(new EdgePerformance(10800.0, 10800.0, 7200.0, 14400.0, 32400.0, 3600.0));
        assertThat(edges.get(1).objectPerformance()).isEqualTo(edges.get(1).couplePerformance());
        // one occurrence: no sample standard deviation
        assertThat(edges.get(0).couplePerformance().mean()).isEqualTo(3600.0);
        assertThat(edges.get(0).couplePerformance().stdev()).isNaN();
        assertThat(edges.get(3).couplePerformance()).isEqualTo(new EdgePerformance(18000.0, 18000.0, 18000.0, 18000.0, 36000.0, 0.0));
        assertThat(edges.get(4).objectPerformance().sum()).isEqualTo(10800.0);
    }

    @Test
    void activityMeasuresPerTypeAndOverall() {
        ObjectCentricDfg g = ProcessMining.discoverOcdfg(log());
        assertThat(g.objectTypes()).containsExactly("item", "order");
        assertThat(g.activities()).containsExactly("pay", "pick", "place", "ship");
        // (distinct events, distinct objects, distinct (event, object) pairs), sorted by type, then activity
        // (pick before place)
        assertThat(g.activitiesPerType()).extracting(ObjectCentricDirectlyFollowsTest::row).containsExactly(
                "item pick 2/3/4",      // e3, e4; (e3,i1) (e3,i2) (e3,i3) (e4,i2)
                "item place 2/3/3",     // e1, e2; i1, i2, i3
                "item ship 2/3/3",
                "order pay 1/1/1",
                "order place 2/2/2",
                "order ship 2/2/2");
        assertThat(g.activitiesIndependent()).extracting(ObjectCentricDirectlyFollowsTest::row).containsExactly(
                "- pay 1/1/1",
                "- pick 2/3/4",
                "- place 2/5/5",        // e1, e2; o1, o2, i1, i2, i3
                "- ship 2/5/5");
    }

    @Test
    void startAndEndActivitiesAreEachObjectsFirstAndLastEvent() {
        ObjectCentricDfg g = ProcessMining.discoverOcdfg(log());
        // first events: o1 e1, o2 e2, i1 e1, i2 e1, i3 e2 — all place
        assertThat(g.startActivities()).extracting(ObjectCentricDirectlyFollowsTest::row)
                .containsExactly("item place 2/3/3", "order place 2/2/2");
        // last events: o1 e7 pay, o2 e6 ship, i1 e5, i2 e5, i3 e6 ship
        assertThat(g.endActivities()).extracting(ObjectCentricDirectlyFollowsTest::row)
                .containsExactly("item ship 2/3/3", "order pay 1/1/1", "order ship 1/1/1");
    }

    @Test
    void facadeAndDirectCallAgree() {
        EventLog l = log();
        assertThat(ObjectCentricDirectlyFollows.discover(ObjectView.of(l.events()))).isEqualTo(ProcessMining.discoverOcdfg(l));
    }

    private static String row(OcdfgActivity a) {
        return (a.objectType() == null ? "-" : a.objectType()) + " " + a.activity() + " " + a.events() + "/"
                + a.uniqueObjects() + "/" + a.totalObjects();
    }
}
