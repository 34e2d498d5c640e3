package org.glassbox.core.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Event;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.Tie;

/**
 * Scenario families for the accuracy experiment (issue 11, item 10): a generated case
 * ({@link CaseGenerator}) reshaped the way coded cases are thin, with the ground truth kept (or, where the
 * family changes what the truth is, restated in {@code generated.expected.*}). Deterministic in (case, seed).
 * <ul>
 * <li>{@code baseline} — the case as generated;</li>
 * <li>{@code sparse-late} — the last phase keeps only 3 + (seed mod 10) of its government–enterprise events
 *     (3–12) and the same share of its other events: the model must pool earlier phases or say undetermined;</li>
 * <li>{@code coordinators} — a matrix of the process's own coordinator: the party leading group
 *     ({@code leading-group}) coordinates 40 % of the actors under a line superior in an administrative case,
 *     the joint-venture operator ({@code jv-operator}) in a market case (expected structure {@code matrix}, the
 *     model unchanged): who creates dual authority must decide, not that there is a matrix;</li>
 * <li>{@code standing-contracts} — every phase keeps only 3 + (seed mod 6) of its government–enterprise events
 *     (3–8), and the same share of its other events, while all ties stay: the standing contracts must carry the
 *     evidence.</li>
 * </ul>
 */
public enum ScenarioFamily {
    BASELINE, SPARSE_LATE, COORDINATORS, STANDING_CONTRACTS;

    /** {@code baseline}, {@code sparse-late}, {@code coordinators}, {@code standing-contracts}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The case reshaped by this family. */
    public Case apply(Case c, long seed) {
        return switch (this) {
            case BASELINE -> c;
            case SPARSE_LATE -> thin(c, true, 3 + (int) Math.floorMod(seed, 10L));
            case STANDING_CONTRACTS -> thin(c, false, 3 + (int) Math.floorMod(seed, 6L));
            case COORDINATORS -> coordinated(c);
        };
    }

    /** Whether event i links a government-side and an enterprise-side actor. */
    private static boolean governmentEnterprise(Case c, Event e) {
        boolean g = false;
        boolean en = false;
        List<String> all = new ArrayList<>(e.initiators());
        all.addAll(e.targets());
        all.addAll(e.participants());
        for (String a : all) {
            int code = c.actorCode(a);
            Side s = code < 0 ? Side.OTHER : c.codebook().side(c.actor(code).sector());
            g |= s == Side.GOVERNMENT;
            en |= s == Side.ENTERPRISE;
        }
        return g && en;
    }

    /** The phase index of a date (the last phase whose start is not after it), -1 before the first. */
    private static int phaseOf(List<Phase> phases, PartialDate d) {
        int k = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (!phases.get(i).start().start().isAfter(d.start())) {
                k = i;
            }
        }
        return k;
    }

    /**
     * Codes a phase thinly: of the last phase ({@code lastOnly}) or of every phase with more than {@code keep}
     * government–enterprise events, keeps the first {@code keep} of them and the same share f = keep / G of its other
     * events, evenly spaced (the j-th other event stays when ⌊(j + 1)f⌋ &gt; ⌊jf⌋) — a phase documented thinly,
     * not one whose government–enterprise interactions alone went unrecorded while every internal decision stayed.
     */
    private static Case thin(Case c, boolean lastOnly, int keep) {
        List<Phase> phases = c.info().phases();
        EventStore ev = c.events();
        int n = Math.max(1, phases.size());
        int[] ge = new int[n];
        int[] phaseOf = new int[ev.size()];
        boolean[] isGe = new boolean[ev.size()];
        for (int i = 0; i < ev.size(); i++) {
            Event e = ev.event(i);
            phaseOf[i] = phaseOf(phases, e.date());
            isGe[i] = governmentEnterprise(c, e);
            if (phaseOf[i] >= 0 && isGe[i]) {
                ge[phaseOf[i]]++;
            }
        }
        int[] keptGe = new int[n];
        int[] other = new int[n];
        Set<Integer> drop = new HashSet<>();
        for (int i = 0; i < ev.size(); i++) {
            int ph = phaseOf[i];
            if (ph < 0 || (lastOnly && ph != phases.size() - 1) || ge[ph] <= keep) {
                continue;
            }
            if (isGe[i]) {
                if (keptGe[ph] < keep) {
                    keptGe[ph]++;
                } else {
                    drop.add(i);
                }
            } else {
                double f = (double) keep / ge[ph];
                int j = other[ph]++;
                if (Math.floor((j + 1) * f) <= Math.floor(j * f)) {
                    drop.add(i);
                }
            }
        }
        return rebuild(c, i -> !drop.contains(i), c.ties().ties(), c.info());
    }

    /** The process's own coordinator over 40 % of the actors with a line superior (every fifth of them, two in five). */
    private static Case coordinated(Case c) {
        boolean market = "market".equals(c.info().extra().get("generated.process"));
        String coordinator = market ? "jv-operator" : "leading-group";
        List<Tie> ties = new ArrayList<>(c.ties().ties());
        Set<String> under = new java.util.TreeSet<>();
        for (Tie t : ties) {
            if (t.type().equals("command") && !t.to().equals(coordinator)) {
                under.add(t.to());
            }
        }
        int k = 0;
        int startYear = c.info().periodStart() == null ? 2015 : c.info().periodStart();
        for (String a : under) {
            if (k++ % 5 < 2) {
                ties.add(new Tie("family-x" + k, coordinator, a, "coordination", PartialDate.ofYear(startYear), null, null, Map.of()));
            }
        }
        Map<String, String> extra = new LinkedHashMap<>(c.info().extra());
        extra.put("generated.expected.structure", "matrix");
        extra.put("generated.family", COORDINATORS.word());
        CaseInfo i = c.info();
        CaseInfo info = new CaseInfo(i.id(), i.name(), i.nameZh(), i.level(), i.parent(), i.periodStart(), i.periodEnd(), i.phases(),
                i.description(), extra);
        return rebuild(c, x -> true, ties, info);
    }

    private static Case rebuild(Case c, IntPredicate keep, List<Tie> ties, CaseInfo info) {
        EventStore ev = c.events();
        EventStore.Builder b = EventStore.builder(c.actorCodes());
        for (int i = 0; i < ev.size(); i++) {
            if (!keep.test(i)) {
                continue;
            }
            Event e = ev.event(i);
            b.add(e.id(), e.type(), e.date());
            b.mechanism(e.mechanism());
            e.initiators().forEach(a -> b.actor(a, Role.INITIATOR));
            e.targets().forEach(a -> b.actor(a, Role.TARGET));
            e.participants().forEach(a -> b.actor(a, Role.PARTICIPANT));
            e.objects().forEach(b::object);
            if (e.title() != null) {
                b.attribute(EventStore.TITLE, e.title());
            }
            for (Map.Entry<String, String> x : e.attributes().entrySet()) {
                b.attribute(x.getKey(), x.getValue());
            }
        }
        List<Actor> actors = c.actors();
        return Case.of(info, actors, ties, b.build(), c.indicators(), c.sources(), c.codebook()).withObjects(c.objects())
                .withCoding(c.coding());
    }
}
