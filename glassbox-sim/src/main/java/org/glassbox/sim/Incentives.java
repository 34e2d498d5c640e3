package org.glassbox.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Incentives per type of organisation — the study's practical aim, "incentive programmes
 * according to the core concerns of different types of organisations": for each sector present
 * among the agents, each lever that enters that sector's payoffs is moved to its bound (the
 * agents of that sector only play under it, {@link Scenario#withSector}); the table ranks every
 * (sector, lever) by the shift it buys in the share of runs that meet the target.
 *
 * <p>Levers and bounds (the incentive direction): government side (government, party, public
 * institution) — contract strength up to {@value #CONTRACT_MAX} (a binding contract term),
 * administrative pressure down to 0 (assess less often), public participation up to
 * {@value #PARTICIPATION_MAX}; enterprise side (state-owned, private, joint venture) — subsidy up to
 * {@value #SUBSIDY_MAX}, reputation up to {@value #REPUTATION_MAX}, contract strength up to
 * {@value #CONTRACT_MAX}, penalty down to 0; the public — public participation up to
 * {@value #PARTICIPATION_MAX}. A government-side sector's public participation acts in its agents' payoffs and
 * in the events they initiate; the public has no strategy, so its lever is the constraint itself
 * ({@link Scenario#with}: every government's events and payoffs). Targets: {@code model=V},
 * {@code lateStructure=V}, {@code trajectory=V}, {@code formalism.ID<X} or {@code formalism.ID>X}; a formalism
 * target also gives each lever's mean score, which orders levers of equal shift.
 */
public final class Incentives {
    public static final double CONTRACT_MAX = 0.9;
    public static final double PARTICIPATION_MAX = 0.5;
    public static final double SUBSIDY_MAX = 0.5;
    public static final double REPUTATION_MAX = 0.5;
    /** The formalism diagnostics a run can be assessed on: those that read roles and dates, not objects. */
    static final List<String> ASSESSABLE_IN_RUNS = List.of("people-centredness", "assessment-driven-bursts");
    /** The sector of the public (citizens, service users): no strategy, one lever — its participation. */
    static final String PUBLIC = "public";

    private Incentives() {
    }

    /**
     * One row of the ranked table: the share of runs meeting the target under the lever and its shift from the
     * baseline; for a formalism target also {@code mean}, the diagnostic's mean score over the runs in which it is
     * assessable ({@code null} for other targets, or when it is assessable in none).
     */
    public record Lever(String sector, Parameter parameter, double from, double to, double share, double shift, Double mean) {
    }

    /**
     * A parsed target: its text, the test a run passes and, for a formalism target, the score the bound is on
     * ({@code null} otherwise) and whether the target lies below the bound.
     */
    public record Target(String text, Predicate<RunOutcome> test, ToDoubleFunction<RunOutcome> score, boolean below) {
        Target(String text, Predicate<RunOutcome> test) {
            this(text, test, null, false);
        }

        /** Parses {@code model=market}, {@code trajectory=inter-embedded}, {@code formalism.people-centredness<0.5}, … */
        public static Target parse(String t) {
            String s = t.trim();
            if (s.startsWith("formalism.")) {
                int op = Math.max(s.indexOf('<'), s.indexOf('>'));
                if (op < 0) {
                    throw new ParameterException("target", Double.NaN, "a formalism target is formalism.ID<X or formalism.ID>X, not '" + t + "'");
                }
                String id = s.substring("formalism.".length(), op);
                double x;
                try {
                    x = Double.parseDouble(s.substring(op + 1));
                } catch (NumberFormatException e) {
                    throw new ParameterException("target", Double.NaN, "the bound of '" + t + "' is not a number");
                }
                if (!(x >= 0 && x <= 1)) { // a diagnostic's score is in [0, 1]: a bound outside it is always or never met
                    throw new ParameterException("target", x, "the bound of '" + t + "' must be in [0, 1], a formalism score's range, not "
                            + s.substring(op + 1));
                }
                boolean below = s.charAt(op) == '<';
                List<String> ids = List.of("copy-without-diagnosis", "platform-proliferation", "assessment-driven-bursts", "people-centredness");
                if (!ids.contains(id)) {
                    throw new ParameterException("target", Double.NaN, "no formalism diagnostic '" + id + "'; known: " + String.join(", ", ids));
                }
                if (!ASSESSABLE_IN_RUNS.contains(id)) { // the runs write no objects: the diagnostic is never assessable in one
                    throw new ParameterException("target", Double.NaN, "formalism." + id + " reads the objects of a case's events ("
                            + (id.equals("copy-without-diagnosis") ? "the adopted model and its diagnoses" : "the platforms and their audiences")
                            + "), which the runs do not model, so no run can meet it; the runs assess " + String.join(" and ", ASSESSABLE_IN_RUNS));
                }
                return new Target(s, r -> {
                    Double v = r.formalism().get(id);
                    return v != null && (below ? v < x : v > x);
                }, r -> {
                    Double v = r.formalism().get(id);
                    return v == null ? Double.NaN : v;
                }, below);
            }
            int eq = s.indexOf('=');
            String key = eq < 0 ? "" : s.substring(0, eq);
            String value = eq < 0 ? "" : s.substring(eq + 1);
            List<String> allowed = switch (key) {
                case "model" -> SimulationResult.MODELS;
                case "lateStructure" -> SimulationResult.STRUCTURES;
                case "trajectory" -> SimulationResult.TRAJECTORIES;
                default -> throw new ParameterException("target", Double.NaN,
                        "a target is model=V, lateStructure=V, trajectory=V or formalism.ID<X, not '" + t + "'");
            };
            if (!allowed.contains(value)) {
                throw new ParameterException("target", Double.NaN, key + " is one of " + String.join(", ", allowed) + ", not '" + value + "'");
            }
            return new Target(s, r -> value.equals(switch (key) {
                case "model" -> r.model();
                case "lateStructure" -> r.lateStructure();
                default -> r.trajectory();
            }));
        }
    }

    /**
     * The baseline share (and, for a formalism target, the baseline mean score) and the ranked levers: largest shift
     * first; among equal shifts, for a formalism target, the mean score furthest towards the target; then by sector
     * and parameter.
     */
    public record Table(String target, double baseline, Double baselineMean, List<Lever> levers) {
        public Table {
            levers = List.copyOf(levers);
        }
    }

    static Map<String, List<Object[]>> levers(Parameters p) {
        Map<String, List<Object[]>> m = new LinkedHashMap<>();
        List<Object[]> gov = List.of(new Object[] {Parameter.CONTRACT_STRENGTH, Math.max(p.get(Parameter.CONTRACT_STRENGTH), CONTRACT_MAX)},
                new Object[] {Parameter.ADMINISTRATIVE_PRESSURE, 0.0},
                new Object[] {Parameter.PUBLIC_PARTICIPATION, Math.max(p.get(Parameter.PUBLIC_PARTICIPATION), PARTICIPATION_MAX)});
        List<Object[]> ent = List.of(new Object[] {Parameter.SUBSIDY, Math.max(p.get(Parameter.SUBSIDY), SUBSIDY_MAX)},
                new Object[] {Parameter.REPUTATION, Math.max(p.get(Parameter.REPUTATION), REPUTATION_MAX)},
                new Object[] {Parameter.CONTRACT_STRENGTH, Math.max(p.get(Parameter.CONTRACT_STRENGTH), CONTRACT_MAX)},
                new Object[] {Parameter.PENALTY, 0.0});
        for (String s : new String[] {"government", "party", "public-institution"}) {
            m.put(s, gov);
        }
        for (String s : new String[] {"state-owned-enterprise", "private-enterprise", "joint-venture"}) {
            m.put(s, ent);
        }
        m.put(PUBLIC, List.<Object[]>of(new Object[] {Parameter.PUBLIC_PARTICIPATION, Math.max(p.get(Parameter.PUBLIC_PARTICIPATION), PARTICIPATION_MAX)}));
        return m;
    }

    /**
     * The sectors of the scenario's agents, and the joint venture the runs may found (T3: the case has a state-owned
     * anchor enterprise) — those whose levers {@link #rank} tries.
     */
    private static java.util.Set<String> sectors(Scenario sc) {
        java.util.Set<String> present = new java.util.LinkedHashSet<>();
        sc.initial().actors().forEach(a -> present.add(a.sector()));
        if (sc.initial().anchorEnterprise() >= 0) {
            present.add("joint-venture");
        }
        return present;
    }

    /** How many levers {@link #rank} tries for the scenario (those of the sectors present): the total its progress counts to. */
    public static int leverCount(Scenario sc) {
        java.util.Set<String> present = sectors(sc);
        int n = 0;
        for (Map.Entry<String, List<Object[]>> e : levers(sc.parameters()).entrySet()) {
            n += present.contains(e.getKey()) ? e.getValue().size() : 0;
        }
        return n;
    }

    /** Ranks every lever of every sector present in the scenario; {@code o.runs()} runs per lever. */
    public static Table rank(Scenario sc, Target target, Simulation.Options o, IntConsumer progress) {
        java.util.Set<String> present = sectors(sc);
        List<RunOutcome> baseline = Simulation.outcomes(sc, o, null, null);
        double base = share(baseline, target);
        List<Lever> rows = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Object[]>> e : levers(sc.parameters()).entrySet()) {
            if (!present.contains(e.getKey())) {
                continue;
            }
            for (Object[] l : e.getValue()) {
                Parameter p = (Parameter) l[0];
                double to = (Double) l[1];
                double from = sc.parameters().get(p);
                if (to == from) {
                    // already at the lever's bound: nothing to move, no runs (the row is the baseline's)
                    rows.add(new Lever(e.getKey(), p, from, to, base, 0, mean(baseline, target)));
                    if (progress != null) {
                        progress.accept(++k);
                    }
                    continue;
                }
                // the public has no strategy: a programme aimed at it raises its participation in every government's
                // events, which is the constraint itself (its payoff term included); the other sectors' levers act on
                // their own agents only
                Scenario lever = e.getKey().equals(PUBLIC) ? sc.with(p, to) : sc.withSector(e.getKey(), p, to);
                List<RunOutcome> runs = Simulation.outcomes(lever, o, null, null);
                double sh = share(runs, target);
                rows.add(new Lever(e.getKey(), p, from, to, sh, sh - base, mean(runs, target)));
                if (progress != null) {
                    progress.accept(++k);
                }
            }
        }
        Comparator<Lever> towards = Comparator.comparingDouble(l -> l.mean() == null ? Double.POSITIVE_INFINITY
                : target.below() ? l.mean() : -l.mean());
        rows.sort(Comparator.comparingDouble(Lever::shift).reversed().thenComparing(towards).thenComparing(Lever::sector)
                .thenComparing(l -> l.parameter().key()));
        return new Table(target.text(), base, mean(baseline, target), rows);
    }

    /** The target's score averaged over the runs in which it is assessable; {@code null} for a target without a score or when none is. */
    static Double mean(List<RunOutcome> runs, Target t) {
        if (t.score() == null) {
            return null;
        }
        double sum = 0;
        int n = 0;
        for (RunOutcome r : runs) {
            double v = t.score().applyAsDouble(r);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    static double share(List<RunOutcome> runs, Target t) {
        return runs.stream().filter(t.test()).count() / (double) runs.size();
    }

    static String describe(Lever l) {
        return l.from() == l.to() ? String.format(Locale.ROOT, "%s: %s already %.2f", l.sector(), l.parameter().key(), l.from())
                : String.format(Locale.ROOT, "%s: %s %.2f → %.2f", l.sector(), l.parameter().key(), l.from(), l.to());
    }
}
