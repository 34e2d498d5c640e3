package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterTest {
    @Test
    void anUnknownNameNamesTheNearestOne() {
        assertThatThrownBy(() -> Parameter.of("contractStrenght"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("did you mean contractStrength");
        assertThat(Parameter.nearest("subsidies")).isEqualTo(Parameter.SUBSIDY);
        // an unrelated word is not a slip: no suggestion, the list instead
        assertThatThrownBy(() -> Parameter.of("foo")).hasMessageNotContaining("did you mean")
                .hasMessageContaining("the parameters: contractStrength, administrativePressure");
        assertThat(Parameter.of("PENALTY")).isEqualTo(Parameter.PENALTY);
        assertThat(Parameter.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void valuesOutsideTheBoundsAreRejectedWithTheBounds() {
        assertThatThrownBy(() -> Parameters.defaults().with(Parameter.CONTRACT_STRENGTH, 1.5))
                .isInstanceOf(ParameterException.class)
                .hasMessage("contractStrength must be in [0, 1], not 1.5")
                .extracting(e -> ((ParameterException) e).parameter()).isEqualTo("contractStrength");
        Parameters p = Parameters.defaults().with(Parameter.ADMINISTRATIVE_PRESSURE, 12);
        assertThat(p.get(Parameter.ADMINISTRATIVE_PRESSURE)).isEqualTo(12);
        assertThat(Parameters.defaults().get(Parameter.ADMINISTRATIVE_PRESSURE)).isEqualTo(1); // copies, not mutation
        assertThat(Parameters.defaults().withClamped(Parameter.PENALTY, 3).get(Parameter.PENALTY)).isEqualTo(1);
    }
}
