package org.glassbox.cli.qca;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --json FILE|-: write the result as JSON to a file, or to stdout instead of the text output. */
public final class JsonOption {
    @Option(names = "--json", paramLabel = "FILE|-", description = "write the result as JSON to FILE, or to stdout with -")
    String json;

    /** The JSON writer, made on first use (holder class): Jackson stays off the start-up path of commands that print text. */
    static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

        private Mapper() {
        }
    }

    boolean toStdout() {
        return "-".equals(json);
    }

    void write(Object value, PrintWriter out) throws IOException {
        if (json == null) return;
        if (toStdout()) {
            Mapper.JSON.writeValue(out, value);
            out.println();
        } else {
            Mapper.JSON.writeValue(Path.of(json).toFile(), value);
        }
    }
}
