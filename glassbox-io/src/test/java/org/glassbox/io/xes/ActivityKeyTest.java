package org.glassbox.io.xes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.log.EventLogFormatException;
import org.junit.jupiter.api.Test;

/** Issue 12, item 15: the activity read from any event attribute, as pm4py's {@code activity_key}. */
class ActivityKeyTest {
    private static final String XES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <log xes.version="1.0">
              <trace>
                <string key="concept:name" value="c1"/>
                <event>
                  <string key="concept:name" value="01_HOOFD_010"/>
                  <string key="activityNameEN" value="register submission date request"/>
                  <date key="time:timestamp" value="2010-10-04T10:00:00.000+02:00"/>
                </event>
                <event>
                  <string key="concept:name" value="01_HOOFD_015"/>
                  <string key="activityNameEN" value="phase application received"/>
                  <date key="time:timestamp" value="2010-10-05T10:00:00.000+02:00"/>
                </event>
              </trace>
            </log>
            """;

    private static EventLog read(XesReader.Options o, boolean stax) throws Exception {
        return new XesReader(o, stax).read(new ByteArrayInputStream(XES.getBytes(StandardCharsets.UTF_8)),
                Path.of("bpic.xes"), XES.length()).log();
    }

    @Test
    void theActivityComesFromTheKeyAskedFor() throws Exception {
        for (boolean stax : new boolean[] {false, true}) {
            EventLog byDefault = read(XesReader.Options.defaults(), stax);
            assertThat(byDefault.events().typeName(0)).isEqualTo("01_HOOFD_010");
            EventLog en = read(XesReader.Options.defaults().withActivityKey("activityNameEN"), stax);
            assertThat(en.events().typeName(0)).isEqualTo("register submission date request");
            assertThat(en.events().typeName(1)).isEqualTo("phase application received");
            // concept:name, no longer the activity, stays as an attribute
            assertThat(en.events().attribute("concept:name")).isNotNull();
            assertThat(en.events().attribute("concept:name").dictionary().value(
                    en.events().attribute("concept:name").code(1))).isEqualTo("01_HOOFD_015");
        }
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKeysPresent() {
        assertThatThrownBy(() -> read(XesReader.Options.defaults().withActivityKey("activityNameNL"), false))
                .isInstanceOf(EventLogFormatException.class)
                .hasMessageContaining("no event has the attribute 'activityNameNL'")
                .hasMessageContaining("did you mean 'activityNameEN'?")
                .hasMessageContaining("activityNameEN, concept:name");
    }
}
