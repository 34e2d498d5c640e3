package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.glassbox.core.model.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and XML we write validate against the OCEL 2.0 schemas in shared/spec/ocel2/. */
public class OcelSchemaValidationTest {

    @TempDir
    Path dir;

    static Path spec(String name) {
        Path f = Path.of(System.getProperty("glassbox.shared", "../../shared"), "spec", "ocel2", name);
        assumeTrue(Files.isRegularFile(f), "OCEL 2.0 schema not found at " + f + "; skipping");
        return f;
    }

    public static void assertValidJson(Path file) throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(spec("schema_ocel2.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        Set<ValidationMessage> problems = schema.validate(doc);
        assertThat(problems).as(file + " against schema_ocel2.json").isEmpty();
    }

    public static void assertValidXml(Path file) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = f.newSchema(spec("ocel2-validation.xsd").toFile());
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(file.toFile())))
                .as(file + " against ocel2-validation.xsd").doesNotThrowAnyException();
    }

    @Test
    void theSchemasRejectWhatTheyShould() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"eventTypes\": [], \"objectTypes\": [], \"objects\": [],"
                + " \"events\": [{\"id\": \"e\", \"type\": \"t\"}]}");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(spec("schema_ocel2.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(new ObjectMapper().readTree(bad.toFile()))).isNotEmpty();
        // pm4py's own example XML uses <relationship>, which this XSD does not allow: the validator is strict
        Path example = SharedData.log("ocel20_example.xmlocel");
        Schema xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(spec("ocel2-validation.xsd").toFile());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> xsd.newValidator().validate(new StreamSource(example.toFile())))
                .hasMessageContaining("relationship");
    }

    @Test
    void writtenExampleValidates() throws Exception {
        EventLog log = EventLogs.read(SharedData.log("ocel20_example.jsonocel"));
        Path json = dir.resolve("ex.jsonocel");
        Path xml = dir.resolve("ex.xmlocel");
        EventLogs.write(log, json);
        EventLogs.write(log, xml);
        assertValidJson(json);
        assertValidXml(xml);
    }

    @Test
    void writtenP2pValidates() throws Exception {
        EventLog log = EventLogs.read(SharedData.log("ocel2-p2p.sqlite"));
        Path json = dir.resolve("p2p.jsonocel");
        Path xml = dir.resolve("p2p.xmlocel");
        EventLogs.write(log, json);
        EventLogs.write(log, xml);
        assertValidJson(json);
        assertValidXml(xml);
    }
}
