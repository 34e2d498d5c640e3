package org.glassbox.io.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file written whole or not at all, with no part file left behind. */
class PartFilesTest {
    @TempDir
    Path dir;

    private long entries(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void writesTheWholeTextReplacingTheOldFileAndLeavesNoPartFile() throws IOException {
        Path target = dir.resolve("out.json");
        PartFiles.writeString(target, "{\"a\": \"数据\"}\n");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("{\"a\": \"数据\"}\n");
        PartFiles.writeString(target, "{}");
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(entries(target.getParent())).isEqualTo(1);
    }

    @Test
    void aTargetThatCannotBeReplacedKeepsWhatWasThereAndNoPartFile() throws IOException {
        Path target = dir.resolve("out.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "kept");
        assertThatThrownBy(() -> PartFiles.writeString(target, "{}")).isInstanceOf(IOException.class);
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
        assertThat(entries(dir)).isEqualTo(1);
    }
}
