package org.glassbox.core.analysis.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.TieTable;

/**
 * The structure layer of one period, from the ties valid in it (and, for supervision intensity,
 * pressure and public participation, its events). See {@link StructureMetrics} for each metric and
 * docs/methods.md for the formulas. Mechanism labels are not read.
 *
 * <p>Authority (under authority, unity of command, dual authority) is {@link DualAuthority}'s rule;
 * guidance (functional axis) and supervision (oversight) count as authority ties but make no
 * superior: functional units guide but do not command.
 */
public final class StructureAnalysis {
    /** Event types read as top-down supervision. */
    public static final Set<String> SUPERVISION_TYPES = Set.of("assessment", "inspection");
    /** Event types read as performance and legitimacy pressure. */
    public static final Set<String> PRESSURE_TYPES = Set.of("assessment", "ranking", "award");
    /** The actor function that marks a line department. */
    public static final String LINE_DEPARTMENT = "line-department";

    private StructureAnalysis() {
    }

    /** The structure layer of the period {@code s}. */
    public static StructureMetrics measure(CaseFacts f, PeriodSlice s) {
        return measure(f, s, DualAuthority.among(f, s.ties()));
    }

    /** The structure layer of the period {@code s}, with {@link DualAuthority}'s rule already applied to its ties. */
    public static StructureMetrics measure(CaseFacts f, PeriodSlice s, DualAuthority rule) {
        TieTable t = f.ties();
        EventStore ev = f.events();
        int na = f.actorCount();
        int[] ties = s.ties();

        IntPairs command = new IntPairs();
        IntPairs dataOrCoord = new IntPairs();
        List<String> authorityTieIds = new ArrayList<>();
        int authority = 0;
        int lateral = 0;
        boolean[] present = new boolean[na];
        for (int i : ties) {
            Axis ax = f.axis(i);
            int a = t.from(i);
            int b = t.to(i);
            present[a] = true;
            present[b] = true;
            if (ax == null) {
                continue;
            }
            switch (ax) {
                case LINE, OWNERSHIP, CROSS_CUTTING, FUNCTIONAL, OVERSIGHT -> {
                    authority++;
                    authorityTieIds.add(t.id(i));
                    if (ax == Axis.LINE) {
                        command.add(a, b);
                    }
                    if (ax == Axis.CROSS_CUTTING) {
                        dataOrCoord.add(a, b);
                    }
                }
                case LATERAL -> lateral++;
                case DATA -> {
                    lateral++;
                    dataOrCoord.add(a, b);
                }
                default -> {
                }
            }
        }
        HierarchyMetrics hierarchy = new CommandHierarchy(na, command.from(), command.to()).metrics();

        // unity of command and dual authority: the one rule
        AuthorityMetrics auth = rule.metrics();
        List<String> dualActors = new ArrayList<>();
        rule.holders().stream().forEach(v -> dualActors.add(f.kase().actor(v).id()));
        List<String> dualTies = new ArrayList<>();
        for (int i : rule.holderTies()) {
            dualTies.add(t.id(i));
        }
        double lateralRatio = authority == 0 ? lateral : (double) lateral / authority;

        // events: supervision, pressure, public participation
        int supervision = 0;
        int pressure = 0;
        int withPublic = 0;
        int[] evs = s.events();
        for (int i : evs) {
            String type = ev.typeName(i);
            boolean govInit = false;
            boolean pub = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                present[a] = true;
                Role r = ev.roleAt(k);
                if (r == Role.INITIATOR && f.side(a) == CaseFacts.GOVERNMENT) {
                    govInit = true;
                }
                if (r != Role.TARGET && f.isPublic(a)) {
                    pub = true;
                }
            }
            if (govInit && SUPERVISION_TYPES.contains(type)) {
                supervision++;
            }
            if (PRESSURE_TYPES.contains(type)) {
                pressure++;
            }
            if (pub) {
                withPublic++;
            }
        }
        // information barriers among same-level line departments present in the period
        int[] dept = lineDepartments(f, ties);
        int nDept = 0;
        for (int a = 0; a < na; a++) {
            if (dept[a] >= 0 && !present[a]) {
                dept[a] = -1;
            }
            if (dept[a] >= 0) {
                nDept++;
            }
        }
        InformationBarrier barrier = new InformationBarrier(na, dept, dataOrCoord.from(), dataOrCoord.to());

        int gov = 0;
        for (int a = 0; a < na; a++) {
            if (present[a] && f.side(a) == CaseFacts.GOVERNMENT) {
                gov++;
            }
        }

        Coordination coordination = coordination(f, rule);
        StructureRule.Outcome o = StructureRule.classify(ties.length, auth, lateralRatio, authority, lateral, coordination, f.codebook());
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("dualAuthorityRatio", auth.dualAuthorityRatio());
        m.put("unityOfCommandRatio", auth.unityOfCommandRatio());
        m.put("lateralToAuthorityRatio", lateralRatio);
        m.put("actorsUnderAuthority", (double) auth.actorsUnderAuthority());
        m.put("dualAuthorityActors", (double) auth.dualAuthorityActors());
        m.put("authorityTies", (double) authority);
        m.put("lateralTies", (double) lateral);
        String claim = o.type().word() + ": " + auth.dualAuthorityActors() + " of " + auth.actorsUnderAuthority()
                + " actors under authority hold dual authority, " + auth.singleSuperiorActors()
                + " have a single superior; " + lateral + " lateral vs " + authority + " authority ties";
        List<String> tieIds = o.type() == StructureType.MATRIX ? dualTies : authorityTieIds;
        Evidence e = new Evidence(claim, m, StructureRule.thresholds(f.codebook()), List.of(), tieIds, dualActors,
                f.passages(List.of(), tieIds));
        StructureVerdict verdict = new StructureVerdict(o.type(), o.rule(), StructureRule.thresholds(f.codebook()), e, o.leaning(),
                o.tests());
        return new StructureMetrics(ties.length, hierarchy,
                new SupervisionMetrics(gov, supervision, gov == 0 ? 0 : (double) supervision / gov),
                new BarrierMetrics(nDept, barrier.sameLevelPairs(), barrier.connectedPairs(), barrier.index()),
                auth, new TieBalance(authority, lateral, lateralRatio), pressure,
                evs.length == 0 ? 0 : (double) withPublic / evs.length, verdict, coordination);
    }

    /** The cross-cutting superiors of the dual-authority holders, by side (see {@link Coordination}). */
    static Coordination coordination(CaseFacts f, DualAuthority rule) {
        TieTable t = f.ties();
        // holder → its distinct cross-cutting superiors (holderTies come holder by holder)
        Map<Integer, java.util.LinkedHashSet<Integer>> byHolder = new java.util.TreeMap<>();
        for (int i : rule.holderTies()) {
            if (f.axis(i) == Axis.CROSS_CUTTING) {
                byHolder.computeIfAbsent(t.to(i), k -> new java.util.LinkedHashSet<>()).add(t.from(i));
            }
        }
        if (byHolder.isEmpty()) {
            return Coordination.none();
        }
        double[] share = new double[3];
        Map<Integer, Integer> holdersOf = new java.util.TreeMap<>();
        for (java.util.Set<Integer> sup : byHolder.values()) {
            for (int c : sup) {
                share[f.side(c)] += 1.0 / sup.size();
                holdersOf.merge(c, 1, Integer::sum);
            }
        }
        List<Coordination.Coordinator> cs = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : holdersOf.entrySet()) {
            Actor a = f.kase().actor(e.getKey());
            byte sd = f.side(e.getKey());
            cs.add(new Coordination.Coordinator(a.id(), a.sector(), sd == CaseFacts.GOVERNMENT ? "government"
                    : sd == CaseFacts.ENTERPRISE ? "enterprise" : "other", e.getValue()));
        }
        int n = byHolder.size();
        return new Coordination(cs, share[CaseFacts.GOVERNMENT] / n, share[CaseFacts.ENTERPRISE] / n, share[CaseFacts.OTHER] / n);
    }

    /**
     * Level group per actor for line departments (−1 otherwise): actors whose function is
     * {@code line-department} when the case uses that function, else government-side actors that
     * are subordinates of a command tie valid in the period.
     */
    static int[] lineDepartments(CaseFacts f, int[] ties) {
        int na = f.actorCount();
        int[] dept = new int[na];
        java.util.Arrays.fill(dept, -1);
        Map<String, Integer> levels = new HashMap<>();
        boolean byFunction = false;
        for (Actor a : f.kase().actors()) {
            if (LINE_DEPARTMENT.equals(a.function())) {
                byFunction = true;
                break;
            }
        }
        if (byFunction) {
            for (int i = 0; i < na; i++) {
                Actor a = f.kase().actor(i);
                if (LINE_DEPARTMENT.equals(a.function())) {
                    dept[i] = levels.computeIfAbsent(a.level() == null ? "none" : a.level(), k -> levels.size());
                }
            }
        } else {
            for (int i : ties) {
                if (f.axis(i) == Axis.LINE && f.side(f.ties().to(i)) == CaseFacts.GOVERNMENT) {
                    Actor a = f.kase().actor(f.ties().to(i));
                    dept[f.ties().to(i)] = levels.computeIfAbsent(a.level() == null ? "none" : a.level(), k -> levels.size());
                }
            }
        }
        return dept;
    }

    /** A growable list of int pairs. */
    static final class IntPairs {
        private int[] a = new int[16];
        private int[] b = new int[16];
        private int n;

        void add(int x, int y) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
                b = java.util.Arrays.copyOf(b, n * 2);
            }
            a[n] = x;
            b[n++] = y;
        }

        int[] from() {
            return java.util.Arrays.copyOf(a, n);
        }

        int[] to() {
            return java.util.Arrays.copyOf(b, n);
        }
    }
}
