package org.glassbox.io.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingInputStreamTest {
    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    @Test
    void countsEveryWayOfReadingAndTellsThePolicyEachStep() throws IOException {
        List<long[]> seen = new ArrayList<>();
        try (CountingInputStream in = new CountingInputStream(bytes(100), (count, added) -> seen.add(new long[] {count, added}))) {
            assertThat(in.read()).isZero();
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(10);
            assertThat(in.skip(20)).isEqualTo(20);
            assertThat(in.readAllBytes()).hasSize(69);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.count()).isEqualTo(100);
        }
        assertThat(seen.get(0)).containsExactly(1, 1);
        assertThat(seen.get(1)).containsExactly(11, 10);
        assertThat(seen.get(2)).containsExactly(31, 20);
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(100);
    }

    @Test
    void atMostRefusesTheFirstByteOverTheLimit() throws IOException {
        try (CountingInputStream ok = new CountingInputStream(bytes(64), CountingInputStream.atMost(64))) {
            assertThat(ok.readAllBytes()).hasSize(64);
        }
        CountingInputStream over = new CountingInputStream(bytes(65), CountingInputStream.atMost(64));
        assertThatThrownBy(over::readAllBytes).isInstanceOfSatisfying(CountingInputStream.InputTooLargeException.class,
                e -> assertThat(e.limit()).isEqualTo(64));
    }
}
