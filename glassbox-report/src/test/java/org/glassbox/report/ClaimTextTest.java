package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The model's reasons of issue 11 item 10 (a hybrid not issued on unassessable hoops; the guns' matrix condition) in Chinese. */
class ClaimTextTest {
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");
    private final ClaimText zh = new ClaimText(Messages.of(Language.ZH));

    @Test
    void aHybridNotIssuedOnUnassessableHoopsIsTranslatedPartByPart() {
        String reason = "|market 0.45 − administrative 0.52| < 0.20; hybrid not issued: its hoop test is not assessable: both sides initiate:"
                + " government towards enterprises 4, enterprises towards government 0 (not assessable: n 4 < 5 initiations)";
        String t = zh.rule(reason);
        assertThat(t).isNotNull().contains("不下混合", "政企双向发起 4 < 5", "0.45", "0.52");
        assertThat(ENGLISH.matcher(t).find()).as(t).isFalse();
    }

    @Test
    void theOperatorsSmokingGunOfAMatrixIsTranslated() {
        String reason = "market 0.75 − administrative 0.31 ≥ 0.20; smoking gun of market: an enterprise or joint-venture operator creates at"
                + " least a quarter of the dual authority (0.39), under contract (contract strength 0.82), with enterprises in most decision"
                + " events (0.86) of a matrix (dual authority ratio 0.64, threshold 0.30)";
        String t = zh.rule(reason);
        assertThat(t).isNotNull().contains("矩阵结构", "0.64", "0.30", "0.39");
        assertThat(ENGLISH.matcher(t).find()).as(t).isFalse();
    }

    @Test
    void aUnanimousLeaningBetweenTheMarginsIsTranslated() {
        String rule = "|market 0.41 − administrative 0.58| < 0.20, but every voting figure that points anywhere points administrative (5 of 6 voting)";
        String t = zh.rule(rule + "; the hoop tests of administrative hold");
        assertThat(t).isNotNull().contains("行政主导型", "0.41", "0.58", "6 项计分中 5 项");
        assertThat(ENGLISH.matcher(t).find()).as(t).isFalse();
    }
}
