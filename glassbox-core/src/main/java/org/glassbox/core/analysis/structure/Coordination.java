package org.glassbox.core.analysis.structure;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * Who creates a period's dual authority (FRAMEWORK.md, "Evidence weight"): the cross-cutting
 * superiors (coordinators) of the dual-authority holders and their sector. A party or government
 * coordinator (leading group, reform office, data bureau as programme office) is administrative
 * mobilisation; an enterprise or joint-venture operator coordinating across departments is the
 * market-integrated matrix.
 *
 * <p>Each holder's coordination is shared equally among its distinct cross-cutting superiors, so
 * {@code governmentShare + enterpriseShare + otherShare} is 1 when there is a holder (all 0 otherwise):
 * governmentShare = Σ over holders of (its government-side coordinators / its coordinators) / holders,
 * and likewise for the enterprise side and the other sectors.
 *
 * @param coordinators    the coordinators, in order of actor code
 * @param governmentShare share of dual authority created by party, government or public-institution coordinators
 * @param enterpriseShare share created by state-owned, private or joint-venture coordinators
 * @param otherShare      share created by coordinators of other sectors (academic, social)
 */
public record Coordination(List<Coordinator> coordinators, double governmentShare, double enterpriseShare, double otherShare) {
    private static final Coordination NONE = new Coordination(List.of(), 0, 0, 0);

    public Coordination {
        coordinators = Frozen.list(coordinators);
        for (double v : new double[] {governmentShare, enterpriseShare, otherShare}) {
            if (!(v >= 0 && v <= 1 + 1e-9)) {
                throw new IllegalArgumentException("shares must be in [0, 1], were " + governmentShare + ", " + enterpriseShare + ", " + otherShare);
            }
        }
    }

    /** No dual authority. */
    public static Coordination none() {
        return NONE;
    }

    /**
     * One coordinator.
     *
     * @param actorId the actor
     * @param sector  its sector
     * @param side    {@code government}, {@code enterprise} or {@code other}
     * @param holders dual-authority holders it coordinates
     */
    public record Coordinator(String actorId, String sector, String side, int holders) {
        public Coordinator {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(side, "side");
            if (holders < 1) {
                throw new IllegalArgumentException("holders must be ≥ 1, was " + holders);
            }
        }

        /** {@code lg (party)}. */
        public String words() {
            return actorId + " (" + sector + ")";
        }
    }
}
