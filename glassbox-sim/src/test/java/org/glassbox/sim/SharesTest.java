package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shares of runs are written to six decimals and still sum to 1 (docs/json.md). */
class SharesTest {
    @Test
    void thirdsAreWrittenByLargestRemainderAndSumToOne() {
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("market", 1 / 3.0);
        in.put("administrative", 1 / 3.0);
        in.put("hybrid", 1 / 3.0);
        in.put("undetermined", 0.0);
        Map<String, Double> out = SimulationJson.shares(in);
        assertThat(out.values().stream().mapToLong(v -> Math.round(v * 1e6)).sum()).isEqualTo(1_000_000L);
        assertThat(out.get("undetermined")).isZero();
        assertThat(out.values()).filteredOn(v -> v > 0).hasSize(3).allSatisfy(v -> assertThat(v).isBetween(0.333333, 0.333334));
        // shares that are exact at six decimals are unchanged
        Map<String, Double> exact = Map.of("a", 0.5, "b", 0.25, "c", 0.25);
        assertThat(SimulationJson.shares(exact)).isEqualTo(exact);
        // seven runs: 3/7, 2/7, 2/7
        Map<String, Double> sevenths = new LinkedHashMap<>();
        sevenths.put("a", 3 / 7.0);
        sevenths.put("b", 2 / 7.0);
        sevenths.put("c", 2 / 7.0);
        assertThat(SimulationJson.shares(sevenths).values().stream().mapToLong(v -> Math.round(v * 1e6)).sum()).isEqualTo(1_000_000L);
    }
}
