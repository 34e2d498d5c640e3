package org.glassbox.core.analysis.mechanism;

/**
 * The counts a period's embedding figures are computed from — the one place their formulas are
 * written (docs/methods.md, "Government–enterprise embedding" and "Standing arrangements"). The
 * analysis fills them from the period's events and ties; robustness resamples fill them from
 * re-weighted units, and both compute the figures with the same methods.
 *
 * <ul>
 * <li>reciprocity = min(g→e, e→g) / max(g→e, e→g) (0 when both are 0);</li>
 * <li>co-decision = decisions with an enterprise voice / decisions;</li>
 * <li>multiplexity = layers / (4 · dyads);</li>
 * <li>contract strength = (contract-governed events + C) / (government–enterprise events + C + K);</li>
 * <li>administrative dominance = (top-down events + K) / (government–enterprise events + C + S);</li>
 * <li>evidence n = ⌊government–enterprise events + C + S⌋;</li>
 * </ul>
 * where C is the event-equivalent weight of the standing contract and equity ties that govern a
 * government–enterprise pair without command, guidance or supervision, and S that of the other standing
 * arrangements (secondments, and contract or equity ties of a pair also under command), K ≤ S the part of S
 * that is contract or equity ties under command, guidance or supervision — a standing arrangement of command:
 * it counts against contract strength as an event under command does, and towards dominance as a top-down
 * event does (until 2026-12-02 it only diluted dominance, so a government that supervised all its contractors
 * read as less dominant the more contracts it held). Each standing
 * tie weighs {@code evidence.standing_tie_events_per_year} × (years of the period it is valid in).
 *
 * @param governmentToEnterprise  events a government-side actor initiates towards an enterprise-side one
 * @param enterpriseToGovernment  the reverse
 * @param decisions               decision events
 * @param decisionsWithEnterprise of those, events in which an enterprise initiates or participates
 * @param dyads                   government–enterprise dyads tied or interacting in the period
 * @param layers                  the dyads' layers summed (contract, equity, joint work, data; 0–4 each)
 * @param dyadEvents              events linking a government-side and an enterprise-side actor
 * @param contractEvents          of those, events under a contract or equity tie with no command tie
 * @param topDownEvents           of those, government-initiated events with enterprises only as targets
 * @param standingContract        C, event-equivalents (≥ 0)
 * @param standingOther           S, event-equivalents (≥ 0)
 * @param standingCommand         K, of S the contract or equity ties under command (0 ≤ K ≤ S)
 */
public record EmbeddingCounts(int governmentToEnterprise, int enterpriseToGovernment, int decisions,
                              int decisionsWithEnterprise, int dyads, int layers, int dyadEvents, int contractEvents,
                              int topDownEvents, double standingContract, double standingOther,
                              double standingCommand) {
    public EmbeddingCounts {
        if (governmentToEnterprise < 0 || enterpriseToGovernment < 0 || decisions < 0 || decisionsWithEnterprise < 0
                || dyads < 0 || layers < 0 || dyadEvents < 0 || contractEvents < 0 || topDownEvents < 0
                || !(standingContract >= 0) || !(standingOther >= 0) || !(standingCommand >= 0)) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
        if (standingCommand > standingOther + 1e-9) {
            throw new IllegalArgumentException("standing arrangements under command " + standingCommand + " exceed the other standing ones "
                    + standingOther);
        }
        if (decisionsWithEnterprise > decisions || contractEvents > dyadEvents || topDownEvents > dyadEvents || layers > 4L * dyads) {
            throw new IllegalArgumentException("a part exceeds its whole: decisions " + decisionsWithEnterprise + "/" + decisions
                    + ", contract " + contractEvents + "/" + dyadEvents + ", top-down " + topDownEvents + "/" + dyadEvents
                    + ", layers " + layers + "/4×" + dyads);
        }
    }

    public double reciprocity() {
        int hi = Math.max(governmentToEnterprise, enterpriseToGovernment);
        return hi == 0 ? 0 : (double) Math.min(governmentToEnterprise, enterpriseToGovernment) / hi;
    }

    public double coDecision() {
        return decisions == 0 ? 0 : (double) decisionsWithEnterprise / decisions;
    }

    public double multiplexity() {
        return dyads == 0 ? 0 : layers / (4.0 * dyads);
    }

    public double contractStrength() {
        double d = dyadEvents + standingContract + standingCommand;
        return d <= 0 ? 0 : (contractEvents + standingContract) / d;
    }

    public double administrativeDominance() {
        double d = dyadEvents + standingContract + standingOther;
        return d <= 0 ? 0 : (topDownEvents + standingCommand) / d;
    }

    /** (reciprocity + co-decision + multiplexity) / 3. */
    public double index() {
        return (reciprocity() + coDecision() + multiplexity()) / 3;
    }

    /** The government–enterprise evidence: events plus standing arrangements' event-equivalents, rounded down. */
    public int evidence() {
        return (int) Math.floor(dyadEvents + standingContract + standingOther + 1e-9);
    }
}
