package org.glassbox.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;

/** A small hand-made county case with Chinese names, two coded phases, dual authority in the second. */
final class SampleCase {
    private SampleCase() {
    }

    static PartialDate d(String s) {
        return s == null ? null : PartialDate.parse(s);
    }

    static Case build() {
        List<Actor> actors = List.of(
                actor("pc", "County Party Committee", "示范县委", "party", "leadership", null, null),
                actor("gov", "County Government", "示范县人民政府", "government", "leadership", null, null),
                actor("lg", "Digital Government Leading Group", "数字政府建设领导小组", "government", "coordination", "2018-01", null),
                actor("dsb", "Big Data Centre", "大数据中心", "public-institution", "data-agency", null, null),
                actor("hea", "Health Bureau", "卫生健康局", "government", "line-department", null, null),
                actor("edu", "Education Bureau", "教育局", "government", "line-department", null, null),
                actor("tel", "Telecom Branch", "电信分公司", "state-owned-enterprise", "operator", null, null),
                actor("plat", "Platform Co.", "平台科技公司", "private-enterprise", "platform-company", null, null),
                actor("jv", "Digital County Co.", "数字县域公司", "joint-venture", "operator", "2018-03", null),
                actor("pub", "Residents", "居民", "public", "citizens", null, null),
                actor("uni", "Provincial University", null, "academic", "research", null, null));
        List<Tie> ties = List.of(
                new Tie("t1", "pc", "gov", "command", null, null, "s1", Map.of("coder", "lw")),
                tie("t2", "gov", "hea", "command", null, null),
                tie("t3", "gov", "edu", "command", null, null),
                tie("t4", "lg", "hea", "coordination", "2018-01", null),
                tie("t5", "lg", "edu", "coordination", "2018-01", null),
                tie("t6", "dsb", "hea", "guidance", null, null),
                tie("t7", "gov", "tel", "contract", "2016-03", "2017-12"),
                tie("t8", "gov", "jv", "equity", "2018-03", null),
                tie("t9", "plat", "jv", "equity", "2018-03", null),
                tie("t10", "lg", "jv", "coordination", "2018-06", null),
                tie("t11", "hea", "dsb", "data-sharing", "2019", null),
                tie("t12", "tel", "plat", "cooperation", "2016-05", "2017-10"),
                tie("t13", "gov", "lg", "command", "2018-01", null));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        ev(b, "e01", "plan", "2016-02", null, "gov", "hea;edu", "", "project:cloud", "County e-government plan 2016–2018", "s1");
        ev(b, "e02", "procurement", "2016-03-15", null, "gov", "tel", "", "project:cloud", "Cloud procurement", "s1");
        ev(b, "e03", "directive", "2016-05", null, "gov", "hea", "", "platform:health-app", "Build the health app", null);
        ev(b, "e04", "platform-launch", "2016-11-02", null, "hea", "", "tel", "platform:health-app", "健康码平台上线", "s2");
        ev(b, "e05", "assessment", "2016-12-10", null, "pc", "gov;hea;edu", "", "", "Annual e-government assessment", null);
        ev(b, "e06", "model-adopted", "2017", null, "edu", "", "", "platform:edu-portal", "Education portal copied from City X", null);
        ev(b, "e07", "meeting", "2017-03-01", null, "tel", "gov", "plat", "project:cloud", "Cloud review meeting", null);
        ev(b, "e08", "co-design", "2017-04", null, "plat", "gov", "hea;pub", "platform:health-app", "Co-design of the appointment service", "s3");
        ev(b, "e09", "feedback", "2017-06-20", null, "pub", "hea", "", "platform:health-app", "Residents report long queues", null);
        ev(b, "e10", "upgrade", "2017-09", null, "tel", "", "hea", "platform:health-app", "Health app upgrade", null);
        ev(b, "e11", "inspection", "2017-12-01", null, "pc", "edu", "", "", "Inspection of the education portal", null);
        ev(b, "e12", "org-founded", "2018-01-05", null, "gov", "lg", "", "", "Leading group founded", "s4");
        ev(b, "e13", "joint-venture-founded", "2018-03-20", null, "gov", "jv", "plat", "", "合资公司成立", "s4");
        ev(b, "e14", "strategic-agreement", "2018-04", null, "jv", "gov", "", "project:one-window", "One-window strategic agreement", null);
        ev(b, "e15", "co-design", "2018-06-12", null, "jv", "lg", "hea;edu;dsb", "project:one-window", "One-window co-design workshop", null);
        ev(b, "e16", "directive", "2018-07", Mechanism.ADMINISTRATIVE, "lg", "hea;edu", "", "project:one-window", "Join the one-window platform", null);
        ev(b, "e17", "data-sharing", "2018-09-30", null, "hea", "dsb", "", "project:one-window", "Health data to the data centre", null);
        ev(b, "e18", "platform-launch", "2018-11", null, "jv", "", "lg", "platform:one-window", "“一窗通办”平台上线", "s5");
        ev(b, "e19", "consultation", "2019-02-14", null, "lg", "pub", "uni", "platform:one-window", "Public consultation on services", null);
        ev(b, "e20", "contract", "2019-03", null, "lg", "jv", "", "platform:one-window", "Operation contract for one-window", null);
        ev(b, "e21", "joint-team", "2019-05-08", null, "jv", "lg", "dsb", "platform:one-window", "Joint operations team", null);
        ev(b, "e22", "needs-assessment", "2019-06", null, "dsb", "", "pub;uni", "platform:one-window", "Survey of residents' needs", null);
        ev(b, "e23", "service-launch", "2019-08-01", null, "jv", "", "hea;edu", "platform:one-window", "Online school enrolment", null);
        ev(b, "e24", "award", "2019-12", null, "", "", "", "", "Provincial award for the one-window", "s5");
        ev(b, "e25", "ranking", "2019", null, "", "lg", "", "", "Province ranks county 3rd", null);
        CaseInfo info = new CaseInfo("demo-county", "Demo County", "示范县", "county", null, 2016, 2019,
                List.of(new Phase("p1", "Platforms by contract", "合同建平台", d("2016-01"), d("2017-12")),
                        new Phase("p2", "One window under a joint venture", d("2018-01"), d("2019-12"))),
                "A hand-made county for tests.", Map.of());
        List<Indicator> ind = List.of(
                indicator("2016", "online-share", 22, "%"), indicator("2017", "online-share", 31, "%"),
                indicator("2018", "online-share", 48, "%"), indicator("2019", "online-share", 71, "%"),
                indicator("2017-06", "satisfaction", 3.2, "1-5"), indicator("2019-06", "satisfaction", 4.1, "1-5"));
        List<Source> sources = List.of(
                new Source("s1", "County plan 2016", "document", d("2016-02"), null, "build the county cloud by 2018",
                        Map.of("archive", "county records office")),
                new Source("s2", "Health bureau interview", "interview", d("2019-07"), null, null, Map.of()),
                new Source("s3", "Workshop notes", "observation", d("2017-04"), null, null, Map.of()),
                new Source("s4", "县政府公告", "document", d("2018-03"), "https://example.org/notice", null, Map.of()),
                new Source("s5", "News report", "news", d("2019-12"), null, null, Map.of()));
        return Case.of(info, actors, ties, b.build(), ind, sources, Codebook.defaults());
    }

    private static Actor actor(String id, String name, String zh, String sector, String function, String joined,
                               String left) {
        return new Actor(id, name, zh, sector, "county", function, d(joined), d(left), Map.of());
    }

    private static Tie tie(String id, String from, String to, String type, String start, String end) {
        return new Tie(id, from, to, type, d(start), d(end), null, Map.of());
    }

    private static Indicator indicator(String date, String name, double value, String unit) {
        return new Indicator(d(date), name, value, unit, null, Map.of());
    }

    private static void ev(EventStore.Builder b, String id, String type, String date, Mechanism m, String ini,
                           String tgt, String par, String objects, String title, String source) {
        b.add(id, type, d(date));
        b.mechanism(m);
        roles(b, ini, Role.INITIATOR);
        roles(b, tgt, Role.TARGET);
        roles(b, par, Role.PARTICIPANT);
        for (String o : split(objects)) {
            b.object(ObjectRef.parse(o));
        }
        b.attribute(EventStore.TITLE, title);
        if (id.equals("e01")) { // format 1.1: a Chinese title beside the English one
            b.attribute("title_zh", "县电子政务规划（2016–2018）");
        }
        b.attribute("confidence", id.compareTo("e10") < 0 ? "high" : "medium");
        if (source != null) {
            b.attribute(EventStore.SOURCE, source);
        }
        if (type.equals("model-adopted")) {
            b.attribute(EventStore.FROM_JURISDICTION, "city-x");
        }
    }

    private static void roles(EventStore.Builder b, String ids, Role r) {
        for (String a : split(ids)) {
            b.actor(a, r);
        }
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String x : s.split(";")) {
                if (!x.isBlank()) {
                    out.add(x.strip());
                }
            }
        }
        return out;
    }
}
