package org.glassbox.core.analysis.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.structure.Coordination;
import org.glassbox.core.analysis.structure.StructureType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 4: a matrix coordinated by a leading group (administrative mobilisation) and one coordinated by
 * a joint-venture operator (the market-integrated matrix) are different evidence, though both are matrices.
 */
class CoordinatorTest {

    /** Six departments under the government's command, each coordinated by {@code coordinator} of {@code sector}; the same twelve events. */
    static CaseFixture matrix(String coordinator, String sector) {
        CaseFixture fx = CaseFixture.of().actor("pg", "government").actor(coordinator, sector).actor("e1", "private-enterprise");
        for (int i = 1; i <= 6; i++) {
            fx.actor("d" + i, "government").tie("c" + i, "pg", "d" + i, "command").tie("x" + i, coordinator, "d" + i, "coordination");
        }
        for (int i = 0; i < 6; i++) {
            fx.event("a" + i, String.format(java.util.Locale.ROOT, "2020-%02d", i + 1), "directive", "pg", "e1", "");
            fx.event("b" + i, String.format(java.util.Locale.ROOT, "2020-%02d", i + 7), "co-design", "e1", "", "pg");
        }
        // one government–enterprise dyad in the leading group's case, seven in the operator's: with the dyads minimum at 1
        // the index (and so the trajectory) votes in both, and only the structure differs
        return fx.phase("p", "2020", "2020").codebook(ModelRuleTest.eventsOnly(org.glassbox.core.model.Codebook.defaults())
                .withThreshold(org.glassbox.core.analysis.EvidenceWeights.DYADS_MIN, 1));
    }

    @Test
    void theStructureLinkNamesTheCoordinatorsAndTheirSector() {
        CaseAnalysis lg = Glassbox.analyze(matrix("lg", "party").build());
        CaseAnalysis jv = Glassbox.analyze(matrix("jv", "joint-venture").build());
        assertThat(lg.phases().get(0).structure().type()).isEqualTo(StructureType.MATRIX);
        assertThat(jv.phases().get(0).structure().type()).isEqualTo(StructureType.MATRIX);

        Coordination c = lg.phases().get(0).structure().coordination();
        assertThat(c.coordinators()).extracting(Coordination.Coordinator::words).containsExactly("lg (party)");
        assertThat(c.coordinators().get(0).holders()).isEqualTo(6);
        assertThat(c.governmentShare()).isEqualTo(1.0);
        assertThat(jv.phases().get(0).structure().coordination().enterpriseShare()).isEqualTo(1.0);

        EvidenceLink lgLink = lg.model().evidence().get(0);
        EvidenceLink jvLink = jv.model().evidence().get(0);
        assertThat(lgLink.evidence().claim()).endsWith("; dual authority created by: lg (party); coordinator shares government 1.00, enterprise 0.00, other 0.00");
        assertThat(lgLink.evidence().actorIds()).contains("lg");
        assertThat(jvLink.evidence().claim()).contains("dual authority created by: jv (joint-venture)");
        // a leading group's matrix is administrative mobilisation, an operator's the market-integrated matrix
        assertThat(lgLink.pointsTo()).isEqualTo("administrative");
        assertThat(jvLink.pointsTo()).isEqualTo("market");
        // the other components are equal, so the structure alone moves the scores: by 1/6 each way
        double dm = jv.model().scores().get(ConstructionModel.MARKET) - lg.model().scores().get(ConstructionModel.MARKET);
        double da = lg.model().scores().get(ConstructionModel.ADMINISTRATIVE) - jv.model().scores().get(ConstructionModel.ADMINISTRATIVE);
        assertThat(dm).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(da).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void aHolderWithTwoCoordinatorsSharesItsCoordination() {
        CaseFixture fx = CaseFixture.of().actor("pg", "government").actor("lg", "party").actor("jv", "joint-venture")
                .actor("d1", "government").actor("d2", "government")
                .tie("c1", "pg", "d1", "command").tie("c2", "pg", "d2", "command")
                .tie("x1", "lg", "d1", "coordination").tie("x2", "jv", "d1", "coordination").tie("x3", "jv", "d2", "coordination")
                .event("e", "2020-01", "meeting", "pg", "", "d1").phase("p", "2020", "2020");
        Coordination c = Glassbox.analyze(fx.build()).phases().get(0).structure().coordination();
        // d1: ½ lg, ½ jv; d2: jv → government ¼, enterprise ¾
        assertThat(c.governmentShare()).isCloseTo(0.25, within(1e-12));
        assertThat(c.enterpriseShare()).isCloseTo(0.75, within(1e-12));
        assertThat(c.coordinators()).extracting(Coordination.Coordinator::actorId, Coordination.Coordinator::holders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lg", 1), org.assertj.core.groups.Tuple.tuple("jv", 2));
    }
}
