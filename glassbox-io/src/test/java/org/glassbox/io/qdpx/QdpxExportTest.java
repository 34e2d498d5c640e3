package org.glassbox.io.qdpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Segment;
import org.glassbox.io.qdpx.XmlTree.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdpxExportTest {

    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] bytes(Case c) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Qdpx.write(c, b);
        return b.toByteArray();
    }

    static Schema projectSchema() throws Exception {
        Path xsd = Path.of(System.getProperty("glassbox.shared", "../../shared"), "spec", "refi-qda", "Project.xsd");
        assumeTrue(Files.isRegularFile(xsd), "Project.xsd not found at " + xsd.toAbsolutePath() + "; skipping");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream in = Files.newInputStream(xsd)) {
            return f.newSchema(new StreamSource(in));
        }
    }

    static void assertValid(byte[] qde) throws Exception {
        assertValid(projectSchema(), qde);
    }

    static void assertValid(Schema schema, byte[] qde) throws Exception {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new ByteArrayInputStream(qde)));
    }

    @Test
    void projectValidatesAgainstTheSchema() throws Exception {
        Map<String, byte[]> e = entries(bytes(CodedCase.coded()));
        assertValid(e.get("project.qde"));
        // a case without a qualitative layer, and one without actors, are valid too (empty lists left out)
        assertValid(entries(bytes(CodedCase.provinceA())).get("project.qde"));
    }

    @Test
    void theSchemaRejectsAForeignElement() throws Exception {
        // proves the validation above can fail: the schema allows no foreign elements
        String qde = Qdpx.projectXml(CodedCase.coded()).replace("<Description>Written by",
                "<glassbox>case</glassbox><Description>Written by");
        Schema schema = projectSchema(); // skips, outside the assertion, when the schema is absent
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertValid(schema, qde.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("glassbox");
    }

    @Test
    void reExportIsByteIdentical() throws Exception {
        byte[] first = bytes(CodedCase.coded());
        byte[] second = bytes(CodedCase.coded());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theArchiveHoldsProjectSourcesAndTheCase() throws Exception {
        Case c = CodedCase.coded();
        Map<String, byte[]> e = entries(bytes(c));
        Guids g = new Guids(c.id());
        List<String> expected = new ArrayList<>(List.of("project.qde"));
        for (Document d : c.coding().documents()) {
            String entry = "Sources/" + g.of("document", d.id()) + ".txt";
            expected.add(entry);
            assertThat(new String(e.get(entry), StandardCharsets.UTF_8)).isEqualTo(d.text());
        }
        expected.add(Qdpx.CASE_ENTRY);
        assertThat(e.keySet()).containsExactlyElementsOf(expected);
        assertThat(entries(e.get(Qdpx.CASE_ENTRY)).keySet()).contains("case.yaml", "actors.csv", "events.csv");
    }

    @Test
    void selectionsCountCodePointsAndSayWhoCodedWhat() throws Exception {
        Case c = CodedCase.coded();
        Guids g = new Guids(c.id());
        Map<String, byte[]> e = entries(bytes(c));
        Element root = XmlTree.parse(e.get("project.qde"));
        assertThat(root.childText("Description")).contains("count Unicode code points");
        Map<String, Element> byGuid = new LinkedHashMap<>();
        for (Element ts : root.first("Sources").all("TextSource")) {
            for (Element sel : ts.all("PlainTextSelection")) {
                byGuid.put(sel.attr("guid"), sel);
            }
            String path = ts.attr("plainTextPath");
            assertThat(path).isEqualTo("internal://" + ts.attr("guid") + ".txt");
        }
        for (Segment s : c.coding().segments()) {
            Element sel = byGuid.get(g.of("segment", s.id()));
            assertThat(sel).as("selection of %s", s.id()).isNotNull();
            Document d = c.coding().document(s.document());
            String text = new String(e.get("Sources/" + g.of("document", d.id()) + ".txt"), StandardCharsets.UTF_8);
            int a = Integer.parseInt(sel.attr("startPosition"));
            int b = Integer.parseInt(sel.attr("endPosition"));
            // code points of the stored text, not UTF-16 units: the second passage lies after 𠀀
            String slice = text.substring(text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, b));
            assertThat(slice).isEqualTo(s.quote());
            assertThat(sel.attr("creatingUser")).isEqualTo(g.of("coder", s.coder()));
            assertThat(sel.all("Coding")).extracting(k -> k.first("CodeRef").attr("targetGUID"))
                    .containsExactlyElementsOf(s.codes().stream().map(k -> g.of("code", k)).toList());
        }
        Segment g2 = c.coding().segments().get(1);
        assertThat(byGuid.get(g.of("segment", "g2")).childText("Description")).contains("actor:info", "tie:t01");
        assertThat(g2.start()).isNotEqualTo(CodedCase.PLAN.indexOf("省信息中心")); // code points ≠ UTF-16 here
    }

    @Test
    void codersCodesActorsAndMemosMapToTheirElements() throws Exception {
        Case c = CodedCase.coded();
        Guids g = new Guids(c.id());
        Element root = XmlTree.parse(Qdpx.projectXml(c).getBytes(StandardCharsets.UTF_8));
        assertThat(root.attr("name")).isEqualTo("Province A");
        assertThat(root.first("Users").all("User")).extracting(u -> u.attr("id") + "=" + u.attr("name"))
                .containsExactly("li=Li Wei", "wang=王芳");
        List<Element> top = root.first("CodeBook").first("Codes").all("Code");
        assertThat(top).extracting(k -> k.attr("name")).containsExactly("mechanism", "platform");
        assertThat(top.get(0).all("Code")).extracting(k -> k.attr("name")).containsExactly("administrative", "market");
        List<Element> cases = root.first("Cases").all("Case");
        assertThat(cases).hasSize(c.actors().size());
        Element info = cases.stream().filter(k -> k.attr("guid").equals(g.of("actor", "info"))).findFirst().orElseThrow();
        assertThat(info.attr("name")).isEqualTo("Provincial Information Centre");
        assertThat(info.all("VariableValue")).extracting(v -> v.childText("TextValue"))
                .containsExactly("public-institution", "provincial", "data-agency");
        assertThat(info.all("SelectionRef")).extracting(r -> r.attr("targetGUID"))
                .containsExactly(g.of("segment", "g2"), g.of("segment", "g3"));
        Element note = root.first("Notes").all("Note").get(0);
        assertThat(note.attr("guid")).isEqualTo(g.of("memo", "g1"));
        assertThat(note.childText("PlainTextContent")).isEqualTo("the plan, as the government issued it");
    }

    @Test
    void guidsAreVersion5NameBasedUuids() {
        // reference values from Python's uuid.uuid5 (RFC 4122): uuid5(NAMESPACE_URL, "urn:glassbox:qdpx")
        UUID ns = Guids.nameBased(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:glassbox:qdpx");
        assertThat(ns).hasToString("318ba3e6-917d-5015-844d-109c38b4bc1f");
        assertThat(ns.version()).isEqualTo(5);
        // uuid5(that, "province-a/segment/g1")
        assertThat(new Guids("province-a").of("segment", "g1")).isEqualTo("cbbadb6d-b84f-50f7-ab3b-c128b92361a0");
        assertThat(new Guids("province-a").of("segment", "g1")).isNotEqualTo(new Guids("province-b").of("segment", "g1"));
        assertThat(Guids.normal("{ABCDEF01-2345-6789-ABCD-EF0123456789}")).isEqualTo("abcdef01-2345-6789-abcd-ef0123456789");
    }

    @Test
    void writesWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.qdpx");
        Qdpx.write(CodedCase.coded(), out);
        assertThat(Files.readAllBytes(out)).isEqualTo(bytes(CodedCase.coded()));
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.qdpx");
        }
    }
}
