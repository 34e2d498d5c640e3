package org.glassbox.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which type of event an agent initiates, per {@link Channel} (who initiates, under which
 * strategy, towards which side): a categorical distribution over the codebook's event types
 * (docs/simulation.md §4 "Event initiation" and §5).
 *
 * <p><b>Estimator</b> (Calibration): the posterior mean of a Dirichlet–multinomial model,
 * <pre>
 *   p(t | channel) = (n_t + α·π_t) / (N + α)
 * </pre>
 * with n_t the channel's coded events of type t in the calibration window, N their number,
 * π the channel's fixed list of §4 (its {@link #prior() prior}: each listed entry one share, a
 * type listed twice two) and α = {@link #ALPHA} pseudo-events (Gelman et al. 2013, <i>Bayesian
 * Data Analysis</i>, 3rd ed., §2.4 / §5.3: additive smoothing towards a prior guess). A type never
 * coded in the channel keeps α·π_t / (N + α); a channel without coded events is its fixed list.
 * Types the model makes by its own rules are not drawn and not counted: contracts and their end
 * ({@link #RULE_TYPES}, rule T1; how often the coders recorded a contract tie's start and end as an
 * event is estimated instead, {@link #contractRecorded()}), and — left out by the calibration — the
 * codebook's structure category (ties and organisations change by rules T1–T5 only) and
 * assessments and inspections between government actors (ordering 1 makes those).
 */
public final class EventMix {
    /** Pseudo-events of the prior: the fixed list of §4 weighs as much as two coded events (chosen a priori, not fitted). */
    public static final double ALPHA = 2;

    /** Event types the model makes by its rules (never drawn from a mix, never counted into one). */
    public static final Set<String> RULE_TYPES = Set.of("contract", "contract-ended");

    /** Who initiates, with which strategy, towards whom. */
    public enum Channel {
        /** A directing government towards an enterprise partner (the enterprise a target only). */
        GOVERNMENT_DIRECTIVE_TO_ENTERPRISE("governmentDirectiveToEnterprise",
                "directive", "directive", "approval", "inspection", "procurement", "assessment"),
        /** A contracting government towards a contracted enterprise partner (the enterprise takes part). */
        GOVERNMENT_CONTRACT_TO_ENTERPRISE("governmentContractToEnterprise",
                "meeting", "co-design", "consultation", "joint-team", "data-sharing", "plan", "procurement"),
        /** A directing government towards government (a subordinate for directives). */
        GOVERNMENT_DIRECTIVE_TO_GOVERNMENT("governmentDirectiveToGovernment",
                "directive", "directive", "plan", "approval", "meeting", "data-sharing"),
        /** A contracting government towards government. */
        GOVERNMENT_CONTRACT_TO_GOVERNMENT("governmentContractToGovernment",
                "plan", "meeting", "meeting", "approval", "data-sharing", "directive"),
        /** A government towards an actor of neither side. */
        GOVERNMENT_TO_OTHER("governmentToOther", "consultation", "needs-assessment", "service-launch", "meeting"),
        /** An initiating (co-designing) enterprise towards a government partner. */
        ENTERPRISE_INITIATE("enterpriseInitiate", "co-design", "strategic-agreement", "problem-report", "upgrade",
                "joint-team", "data-sharing", "meeting", "service-launch"),
        /** An execute-only enterprise: only what needs no decision. */
        ENTERPRISE_EXECUTE("enterpriseExecute", "upgrade", "service-launch", "problem-report"),
        /** An actor of neither side towards a government partner. */
        OTHER_TO_GOVERNMENT("otherToGovernment", "feedback", "feedback", "problem-report", "consultation");

        private final String key;
        private final List<String> prior;

        Channel(String key, String... prior) {
            this.key = key;
            this.prior = List.of(prior);
        }

        /** The camelCase name (estimates, JSON). */
        public String key() {
            return key;
        }

        /** The fixed list of §4 (the prior), each entry one share. */
        public List<String> prior() {
            return prior;
        }
    }

    private final Map<Channel, String[]> types;
    private final Map<Channel, double[]> cumulative;
    private final Map<Channel, Integer> observed;
    private final double contractRecorded;
    private final double endRecorded;

    private EventMix(Map<Channel, String[]> types, Map<Channel, double[]> cumulative, Map<Channel, Integer> observed,
                     double contractRecorded, double endRecorded) {
        this.types = types;
        this.cumulative = cumulative;
        this.observed = observed;
        this.contractRecorded = contractRecorded;
        this.endRecorded = endRecorded;
    }

    /** The fixed lists of §4, nothing observed (the mix of a hand-made initial state). */
    public static EventMix fixed() {
        Map<Channel, Map<String, Integer>> none = new EnumMap<>(Channel.class);
        return estimate(none, 1, 1);
    }

    /**
     * The smoothed estimate from coded counts per channel (type → number of events), with the
     * probabilities that a contract the model signs (ends) is recorded as a {@code contract}
     * ({@code contract-ended}) event — the tie forms (ends) either way.
     *
     * @throws IllegalArgumentException for a negative count, a rule type among the counts, or a probability outside [0, 1]
     */
    public static EventMix estimate(Map<Channel, Map<String, Integer>> counts, double contractRecorded, double endRecorded) {
        Objects.requireNonNull(counts, "counts");
        if (!(contractRecorded >= 0 && contractRecorded <= 1) || !(endRecorded >= 0 && endRecorded <= 1)) {
            throw new IllegalArgumentException("contractRecorded and endRecorded must be in [0, 1], were " + contractRecorded + ", " + endRecorded);
        }
        Map<Channel, String[]> types = new EnumMap<>(Channel.class);
        Map<Channel, double[]> cum = new EnumMap<>(Channel.class);
        Map<Channel, Integer> observed = new EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            Map<String, Double> w = new LinkedHashMap<>();
            Map<String, Integer> n = counts.getOrDefault(ch, Map.of());
            int total = 0;
            for (Map.Entry<String, Integer> e : n.entrySet()) {
                if (e.getValue() < 0) {
                    throw new IllegalArgumentException("count of " + e.getKey() + " in channel " + ch.key() + " must be ≥ 0: " + e.getValue());
                }
                if (RULE_TYPES.contains(e.getKey())) {
                    throw new IllegalArgumentException("type " + e.getKey() + " is made by a rule of the model, not drawn (channel " + ch.key() + ")");
                }
                total += e.getValue();
            }
            for (String t : ch.prior()) {
                w.merge(t, ALPHA / ch.prior().size(), Double::sum);
            }
            for (Map.Entry<String, Integer> e : n.entrySet()) {
                w.merge(e.getKey(), (double) e.getValue(), Double::sum);
            }
            double sum = total + ALPHA;
            String[] ts = w.keySet().toArray(new String[0]);
            double[] c = new double[ts.length];
            double acc = 0;
            for (int i = 0; i < ts.length; i++) {
                acc += w.get(ts[i]) / sum;
                c[i] = acc;
            }
            c[ts.length - 1] = 1;
            types.put(ch, ts);
            cum.put(ch, c);
            observed.put(ch, total);
        }
        return new EventMix(types, cum, observed, contractRecorded, endRecorded);
    }

    /** The probability that a contract the model signs shows as a {@code contract} event. */
    public double contractRecorded() {
        return contractRecorded;
    }

    /** The probability that a contract's end shows as a {@code contract-ended} event. */
    public double endRecorded() {
        return endRecorded;
    }

    /** One type drawn for {@code ch} (one uniform number from {@code rnd}, inverse distribution in the mix's type order). */
    String draw(Channel ch, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double[] c = cumulative.get(ch);
        int i = 0;
        while (i < c.length - 1 && u >= c[i]) {
            i++;
        }
        return types.get(ch)[i];
    }

    /**
     * One type drawn for {@code ch} from its mix without {@code excluded}, renormalised (one uniform number from
     * {@code rnd}); the channel's most probable other type of its fixed list when the mix gives {@code excluded} all
     * its mass.
     */
    String drawExcept(Channel ch, String excluded, SplittableRandom rnd) {
        double u = rnd.nextDouble() * (1 - probability(ch, excluded));
        String[] ts = types.get(ch);
        double[] c = cumulative.get(ch);
        double acc = 0;
        String last = null;
        for (int i = 0; i < ts.length; i++) {
            if (ts[i].equals(excluded)) {
                continue;
            }
            double p = c[i] - (i == 0 ? 0 : c[i - 1]);
            if (p <= 0) {
                continue;
            }
            acc += p;
            last = ts[i];
            if (u < acc) {
                return ts[i];
            }
        }
        if (last != null) {
            return last;
        }
        for (Map.Entry<String, Double> e : fixed().distribution(ch)) {
            if (!e.getKey().equals(excluded)) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("channel " + ch + " has no type but " + excluded);
    }

    /** The probability of {@code type} in {@code ch}. */
    public double probability(Channel ch, String type) {
        String[] ts = types.get(ch);
        double[] c = cumulative.get(ch);
        for (int i = 0; i < ts.length; i++) {
            if (ts[i].equals(type)) {
                return c[i] - (i == 0 ? 0 : c[i - 1]);
            }
        }
        return 0;
    }

    /** The coded events the channel's estimate rests on. */
    public int observed(Channel ch) {
        return observed.get(ch);
    }

    /** The channel's types with their probabilities, most probable first (ties in the mix's order). */
    public List<Map.Entry<String, Double>> distribution(Channel ch) {
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        for (String t : types.get(ch)) {
            out.add(Map.entry(t, probability(ch, t)));
        }
        out.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return out;
    }
}
