package org.glassbox.io.ocel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OcelTimeTest {

    @Test
    void readsTheShapesFoundInOcelFiles() {
        long t = Instant.parse("2022-04-07T17:28:00Z").toEpochMilli();
        assertThat(OcelTime.parse("2022-04-07T17:28:00.000Z")).isEqualTo(t);
        assertThat(OcelTime.parse("2022-04-07T17:28:00Z")).isEqualTo(t);
        assertThat(OcelTime.parse("2022-04-07 17:28:00")).isEqualTo(t);
        assertThat(OcelTime.parse("2022-04-07T19:28:00+02:00")).isEqualTo(t);
        assertThat(OcelTime.parse("2022-04-07T19:28+0200")).isEqualTo(t);
        assertThat(OcelTime.parse("2022-04-07T17:28")).isEqualTo(t);
        assertThat(OcelTime.parse("2023-10-06 09:30:21.890421")).isEqualTo(Instant.parse("2023-10-06T09:30:21.890Z").toEpochMilli());
        assertThat(OcelTime.parse("2022-04-07")).isEqualTo(Instant.parse("2022-04-07T00:00:00Z").toEpochMilli());
        assertThat(OcelTime.parse("1970-01-01T01:00:00+01:00")).isZero();
        assertThatThrownBy(() -> OcelTime.parse("2022-02-30T00:00:00Z")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> OcelTime.parse("noon")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void fastPathAgreesWithJavaTime() {
        Random rnd = new Random(7);
        for (int k = 0; k < 5_000; k++) {
            long ms = (rnd.nextLong() % 4_000_000_000_000L);
            ms -= Math.floorMod(ms, 1) ;
            int offMin = (rnd.nextInt(29) - 14) * 60 + (rnd.nextBoolean() ? 30 : 0);
            OffsetDateTime odt = Instant.ofEpochMilli(ms).atOffset(ZoneOffset.ofTotalSeconds(offMin * 60));
            String text = odt.toString();
            assertThat(OcelTime.parse(text)).as(text).isEqualTo(ms);
            assertThat(OcelTime.parse(OcelTime.format(ms))).isEqualTo(ms);
        }
    }
}
