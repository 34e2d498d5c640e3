package org.glassbox.io.export;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Tie;
import org.glassbox.io.caseformat.CaseReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkExportTest {
    @TempDir
    Path tmp;

    static PartialDate d(String s) {
        return s == null ? null : PartialDate.parse(s);
    }

    /** a commands b; a contracts c in 2019; c cooperates with and coordinates b from 2020; e never takes part. */
    static Case tiny() {
        List<Actor> actors = List.of(new Actor("a", "Bureau A", "government"), new Actor("b", "Office B", "government"),
                new Actor("c", "Firm & Co. <C>", "private-enterprise"), new Actor("d", "Residents", "public"),
                new Actor("e", "University", "academic"));
        List<Tie> ties = List.of(
                new Tie("t1", "a", "b", "command", null, null, null, Map.of()),
                new Tie("t2", "a", "c", "contract", d("2019"), d("2019"), null, Map.of()),
                new Tie("t3", "c", "b", "cooperation", d("2020"), null, null, Map.of()),
                new Tie("t4", "c", "b", "coordination", d("2020"), null, null, Map.of()));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e1", "procurement", d("2019-05"));
        b.actor("a", Role.INITIATOR).actor("c", Role.TARGET);
        b.add("e2", "meeting", d("2019-08"));
        b.actor("a", Role.INITIATOR).actor("c", Role.TARGET).actor("b", Role.PARTICIPANT);
        b.add("e3", "co-design", d("2020-02"));
        b.actor("c", Role.INITIATOR).actor("b", Role.TARGET);
        b.add("e4", "feedback", d("2020"));
        b.actor("d", Role.INITIATOR).actor("b", Role.TARGET);
        return Case.of(new CaseInfo("tiny", "Tiny"), actors, ties, b.build(), List.of(), List.of(), Codebook.defaults());
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder db = f.newDocumentBuilder();
        return db.parse(file.toFile());
    }

    static NetworkExport.ExportPeriod year(List<NetworkExport.ExportPeriod> ps, String id) {
        return ps.stream().filter(p -> p.kind().equals("year") && p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void graphMlHoldsTheActiveActorsAndTheValidTiesOfEachYear() throws Exception {
        Case c = tiny();
        List<NetworkExport.ExportPeriod> ps = NetworkExport.periods(c, null);
        assertThat(ps).extracting(NetworkExport.ExportPeriod::id).containsExactly("2019", "2020");
        Path f2019 = tmp.resolve("2019.graphml");
        NetworkExport.writeGraphMl(c, year(ps, "2019"), f2019);
        Document g = parse(f2019);
        assertThat(ids(g, "node")).containsExactly("a", "b", "c");
        assertThat(ids(g, "edge")).containsExactly("t1", "t2");
        assertThat(data(g, "edge", "t2", "e_weight")).isEqualTo("3"); // the tie + e1 + e2
        assertThat(data(g, "edge", "t1", "e_weight")).isEqualTo("2"); // the tie + e2
        assertThat(data(g, "node", "c", "n_name")).isEqualTo("Firm & Co. <C>");

        Path f2020 = tmp.resolve("2020.graphml");
        NetworkExport.writeGraphMl(c, year(ps, "2020"), f2020);
        Document h = parse(f2020);
        assertThat(ids(h, "node")).containsExactly("a", "b", "c", "d");
        assertThat(ids(h, "edge")).containsExactly("t1", "t3", "t4");
        assertThat(data(h, "node", "b", "n_dual_authority")).isEqualTo("true");
        assertThat(data(h, "node", "a", "n_dual_authority")).isEqualTo("false");
        assertThat(attr(h, "edge", "t3", "directed")).isEqualTo("false");
    }

    @Test
    void gexfIsVersion13WithSectorDualAuthorityTypeAndWeight() throws Exception {
        Case c = tiny();
        Path f = tmp.resolve("2020.gexf");
        NetworkExport.writeGexf(c, year(NetworkExport.periods(c, null), "2020"), f);
        Document g = parse(f);
        Element root = g.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        assertThat(ids(g, "node")).containsExactly("a", "b", "c", "d");
        assertThat(ids(g, "edge")).containsExactly("t1", "t3", "t4");
        Element b = byId(g, "node", "b");
        assertThat(attvalues(g, b, "node")).containsEntry("sector", "government").containsEntry("dual_authority", "true");
        Element t3 = byId(g, "edge", "t3");
        assertThat(t3.getAttribute("type")).isEqualTo("undirected");
        assertThat(t3.getAttribute("weight")).isEqualTo("2");
        assertThat(attvalues(g, t3, "edge")).containsEntry("type", "cooperation");
    }

    @Test
    void writeExportsNetworksOcelAndMetricsThatReadBack() throws Exception {
        Case c = tiny();
        CaseAnalysis a = Glassbox.analyze(c);
        List<Path> files = NetworkExport.write(List.of(c), java.util.Collections.singletonList(a), tmp.resolve("out"));
        int periods = a.phases().size() + a.years().size();
        assertThat(files).hasSize(2 * periods + 2);
        for (Path p : files) {
            assertThat(p).exists();
            if (p.toString().endsWith(".graphml") || p.toString().endsWith(".gexf")) {
                assertThat(parse(p).getDocumentElement()).isNotNull();
            }
        }
        Case back = Cases.read(tmp.resolve("out/tiny/events.jsonocel"));
        assertThat(back.events().size()).isEqualTo(c.events().size());
        assertThat(back.ties().size()).isEqualTo(c.ties().size());

        List<String> lines = Files.readAllLines(tmp.resolve("out/metrics.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("case,period,kind,start,end,metric,value,label");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.split(",", -1)).hasSize(8);
        }
        PeriodAnalysis y2020 = a.years().stream().filter(p -> p.period().id().equals("2020")).findFirst().orElseThrow();
        assertThat(lines).contains("tiny,2020,year,2020,2020,structure.dualAuthorityRatio,"
                + NetworkExport.number(y2020.structure().dualAuthorityRatio()) + ",");
        assertThat(lines).contains("tiny,case,case,,,model.verdict,," + a.model().word());
        assertThat(lines.stream().filter(l -> l.startsWith("tiny,2019,year,")).count()).isGreaterThan(40);
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertThat(NetworkExport.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(NetworkExport.csv("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(NetworkExport.csv("plain")).isEqualTo("plain");
        assertThat(NetworkExport.fileName("p1/../x y")).isEqualTo("p1_.._x_y");
        assertThat(NetworkExport.fileName("..")).isEqualTo("_..");
    }

    @Test
    void withAnAnalysisTheExportWritesTheAnalysisOwnPeriodsAndNetworks() {
        Case c = tiny();
        CaseAnalysis a = Glassbox.analyze(c);
        List<NetworkExport.ExportPeriod> ps = NetworkExport.periods(c, a);
        assertThat(ps).hasSize(a.phases().size() + a.years().size());
        for (int i = 0; i < a.years().size(); i++) {
            NetworkExport.ExportPeriod p = ps.get(a.phases().size() + i);
            assertThat(p.kind()).isEqualTo("year");
            assertThat(p.shown().network()).isSameAs(a.years().get(i).network());
        }
    }

    @Test
    void mismatchedAnalysesAreRefused() {
        assertThatThrownBy(() -> NetworkExport.write(List.of(tiny()), List.of(), tmp))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExamplesExportOneNodePerActiveActor() throws Exception {
        Path ex = Path.of("..", "examples", "city-b");
        Assumptions.assumeTrue(Files.isDirectory(ex), "examples not found at " + ex.toAbsolutePath() + "; skipping");
        Case c = Cases.read(ex);
        for (NetworkExport.ExportPeriod p : NetworkExport.periods(c, null)) {
            Path f = tmp.resolve(p.kind() + p.id() + ".gexf");
            NetworkExport.writeGexf(c, p, f);
            Document g = parse(f);
            assertThat(g.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(p.shown().network().actorCount());
            assertThat(g.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(p.shown().network().ties().length);
        }
    }

    private static List<String> ids(Document g, String tag) {
        List<String> out = new ArrayList<>();
        NodeList l = g.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < l.getLength(); i++) {
            out.add(((Element) l.item(i)).getAttribute("id"));
        }
        return out;
    }

    private static Element byId(Document g, String tag, String id) {
        NodeList l = g.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < l.getLength(); i++) {
            if (((Element) l.item(i)).getAttribute("id").equals(id)) {
                return (Element) l.item(i);
            }
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    private static String attr(Document g, String tag, String id, String name) {
        return byId(g, tag, id).getAttribute(name);
    }

    private static String data(Document g, String tag, String id, String key) {
        NodeList l = byId(g, tag, id).getElementsByTagNameNS("*", "data");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (e.getAttribute("key").equals(key)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** GEXF attvalues of an element, by attribute title. */
    private static Map<String, String> attvalues(Document g, Element e, String cls) {
        Map<String, String> titles = new java.util.HashMap<>();
        NodeList decl = g.getElementsByTagNameNS("*", "attributes");
        for (int i = 0; i < decl.getLength(); i++) {
            Element a = (Element) decl.item(i);
            if (a.getAttribute("class").equals(cls)) {
                NodeList as = a.getElementsByTagNameNS("*", "attribute");
                for (int k = 0; k < as.getLength(); k++) {
                    Element x = (Element) as.item(k);
                    titles.put(x.getAttribute("id"), x.getAttribute("title"));
                }
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        NodeList vs = e.getElementsByTagNameNS("*", "attvalue");
        for (int i = 0; i < vs.getLength(); i++) {
            Element v = (Element) vs.item(i);
            out.put(titles.get(v.getAttribute("for")), v.getAttribute("value"));
        }
        return out;
    }

}
