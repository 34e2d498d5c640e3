package org.glassbox.core.analysis.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The structure layer of one period, computed on the ties valid in it (docs/methods.md gives each
 * formula), as the results of its parts. The flat accessors ({@link #hierarchyDepth()},
 * {@link #dualAuthorityRatio()}, …) read through to the parts; {@link #values()} lists every
 * number in the documented order.
 *
 * @param ties                     ties valid at some instant of the period
 * @param hierarchy                depth, span of control and Krackhardt hierarchy of the command digraph
 * @param supervision              government actors, supervision events and their ratio
 * @param barriers                 information barriers among same-level line departments
 * @param authority                unity of command and dual authority ({@link DualAuthority})
 * @param tieBalance               lateral against authority ties
 * @param pressureEvents           performance and legitimacy pressure: assessment, ranking and award events
 * @param publicParticipationShare share of the period's events in which a {@code public}-sector actor initiates or takes part
 * @param verdict                  the structure type with the rule that fired and its evidence
 * @param coordination             who creates the dual authority: the holders' coordinators and their sectors
 */
public record StructureMetrics(int ties, HierarchyMetrics hierarchy, SupervisionMetrics supervision,
                               BarrierMetrics barriers, AuthorityMetrics authority, TieBalance tieBalance,
                               int pressureEvents, double publicParticipationShare, StructureVerdict verdict,
                               Coordination coordination) {
    /** Metrics without coordinators (made by hand). */
    public StructureMetrics(int ties, HierarchyMetrics hierarchy, SupervisionMetrics supervision, BarrierMetrics barriers,
                            AuthorityMetrics authority, TieBalance tieBalance, int pressureEvents, double publicParticipationShare,
                            StructureVerdict verdict) {
        this(ties, hierarchy, supervision, barriers, authority, tieBalance, pressureEvents, publicParticipationShare, verdict,
                Coordination.none());
    }

    public StructureMetrics {
        Objects.requireNonNull(coordination, "coordination");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(barriers, "barriers");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(tieBalance, "tieBalance");
        Objects.requireNonNull(verdict, "verdict");
        if (ties < 0 || pressureEvents < 0) {
            throw new IllegalArgumentException("ties and pressureEvents must be ≥ 0, were " + ties + ", " + pressureEvents);
        }
    }

    public StructureType type() {
        return verdict.type();
    }

    /**
     * Every number of the layer by its name, in the order of docs/json.md's {@code structure.metrics}
     * (ints as Integer, pair counts as Long, the rest as Double).
     */
    public Map<String, Number> values() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("ties", ties);
        m.put("hierarchyDepth", hierarchyDepth());
        m.put("meanSpanOfControl", meanSpanOfControl());
        m.put("maxSpanOfControl", maxSpanOfControl());
        m.put("krackhardtHierarchy", krackhardtHierarchy());
        m.put("governmentActors", governmentActors());
        m.put("supervisionEvents", supervisionEvents());
        m.put("supervisionIntensity", supervisionIntensity());
        m.put("lineDepartments", lineDepartments());
        m.put("sameLevelPairs", sameLevelPairs());
        m.put("connectedPairs", connectedPairs());
        m.put("informationBarrierIndex", informationBarrierIndex());
        m.put("actorsUnderAuthority", actorsUnderAuthority());
        m.put("singleSuperiorActors", singleSuperiorActors());
        m.put("dualAuthorityActors", dualAuthorityActors());
        m.put("unityOfCommandRatio", unityOfCommandRatio());
        m.put("dualAuthorityRatio", dualAuthorityRatio());
        m.put("authorityTies", authorityTies());
        m.put("lateralTies", lateralTies());
        m.put("lateralToAuthorityRatio", lateralToAuthorityRatio());
        m.put("pressureEvents", pressureEvents);
        m.put("publicParticipationShare", publicParticipationShare);
        return m;
    }

    /** {@link HierarchyMetrics#depth()}. */
    public int hierarchyDepth() {
        return hierarchy.depth();
    }

    public double meanSpanOfControl() {
        return hierarchy.meanSpanOfControl();
    }

    public int maxSpanOfControl() {
        return hierarchy.maxSpanOfControl();
    }

    public double krackhardtHierarchy() {
        return hierarchy.krackhardtHierarchy();
    }

    public int governmentActors() {
        return supervision.governmentActors();
    }

    public int supervisionEvents() {
        return supervision.supervisionEvents();
    }

    /** {@link SupervisionMetrics#intensity()}. */
    public double supervisionIntensity() {
        return supervision.intensity();
    }

    public int lineDepartments() {
        return barriers.lineDepartments();
    }

    public long sameLevelPairs() {
        return barriers.sameLevelPairs();
    }

    public long connectedPairs() {
        return barriers.connectedPairs();
    }

    /** {@link BarrierMetrics#index()}. */
    public double informationBarrierIndex() {
        return barriers.index();
    }

    public int actorsUnderAuthority() {
        return authority.actorsUnderAuthority();
    }

    public int singleSuperiorActors() {
        return authority.singleSuperiorActors();
    }

    public int dualAuthorityActors() {
        return authority.dualAuthorityActors();
    }

    public double unityOfCommandRatio() {
        return authority.unityOfCommandRatio();
    }

    public double dualAuthorityRatio() {
        return authority.dualAuthorityRatio();
    }

    public int authorityTies() {
        return tieBalance.authorityTies();
    }

    public int lateralTies() {
        return tieBalance.lateralTies();
    }

    public double lateralToAuthorityRatio() {
        return tieBalance.lateralToAuthorityRatio();
    }
}
