package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of Hayes &amp; Krippendorff (2007), "Answering the call for a standard
 * reliability measure for coding data", Communication Methods and Measures 1(1):77–89, Table 1:
 * five observers rate the tone of 40 newspaper articles towards a challenger, ordinal 0 (sure
 * loser) to 3 (likely winner), "." where an observer did not rate. The table as transcribed in the
 * R package krippendorff by J. Cornebise (github.com/jucor/krippendorff,
 * data-raw/hayes2007table1.csv, "manually extracted from ... cmm2007.pdf, Table 1, p. 84"). The
 * paper reports the KALPHA macro's ordinal α = .7598 (computed again here in Python from the same
 * table before this test was written: 0.759829).
 */
class HayesKrippendorff2007Test {

    /** Rows = articles, columns = obs1 … obs5; null = not rated. */
    static ReliabilityData<Integer> table1() {
        String[] rows = {
                "1,1,2,.,2", "1,1,0,1,.", "2,3,3,3,.", ".,0,0,.,0", "0,0,0,.,0", "0,0,0,.,0", "1,0,2,.,1", "1,.,2,0,.",
                "2,2,2,.,2", "2,1,1,1,.", ".,1,0,0,.", "0,0,0,0,.", "1,2,2,2,.", "3,3,2,2,3", "1,1,1,.,1", "1,1,1,.,1",
                "2,1,2,.,2", "1,2,3,3,.", "1,1,0,1,.", "0,0,0,.,0", "0,0,1,1,.", "0,0,.,0,0", "2,3,3,3,.", "0,0,0,0,.",
                "1,2,.,2,2", "0,1,1,1,.", "0,0,0,1,0", "1,2,1,2,.", "1,1,2,2,.", "1,1,2,.,2", "1,1,0,.,0", "2,1,2,1,.",
                "2,2,.,2,2", "3,2,2,2,.", "2,2,2,.,2", "2,2,3,.,2", "2,2,2,.,2", "2,2,.,1,2", "2,2,2,2,.", "1,1,1,.,1"};
        List<List<Integer>> values = new ArrayList<>();
        for (String r : rows) {
            List<Integer> row = new ArrayList<>();
            for (String v : r.split(",")) {
                row.add(v.equals(".") ? null : Integer.valueOf(v));
            }
            values.add(row);
        }
        return ReliabilityData.of(List.of("obs1", "obs2", "obs3", "obs4", "obs5"), values);
    }

    @Test
    void reproducesThePublishedOrdinalAlpha() {
        ReliabilityData<Integer> d = table1();
        assertThat(d.unitCount()).isEqualTo(40);
        KrippendorffAlpha a = KrippendorffAlpha.ordinal(d);
        assertThat(a.pairableUnits()).isEqualTo(40);
        // 35 articles rated by four observers, 3 by three, 2 by five: 140 + 9 + 10 = 159 pairable values
        assertThat(a.pairableValues()).isCloseTo(159.0, within(1e-9));
        assertThat(a.alpha()).isCloseTo(0.7598, within(0.00005));
        // the same table is far less reliable read as nominal (adjacent ratings count as disagreement)
        assertThat(KrippendorffAlpha.nominal(d).alpha()).isLessThan(a.alpha() - 0.2);
    }

    /**
     * Hayes &amp; Krippendorff bootstrap α from the distribution of disagreements; {@link AlphaBootstrap}
     * resamples units (seeded). The interval must hold the point estimate and lie within α's range;
     * the paper's own interval could not be checked here (the table of its text was not at hand).
     */
    @Test
    void theSeededBootstrapIntervalHoldsThePublishedAlpha() {
        KrippendorffAlpha a = KrippendorffAlpha.ordinal(table1());
        AlphaBootstrap b = AlphaBootstrap.ci95(a);
        assertThat(b.defined()).isTrue();
        assertThat(b.lower()).isLessThan(0.7598).isGreaterThan(0.5);
        assertThat(b.upper()).isGreaterThan(0.7598).isLessThanOrEqualTo(1.0);
        assertThat(b.upper() - b.lower()).isLessThan(0.35);
    }
}
