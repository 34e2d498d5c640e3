package org.glassbox.core.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codebook that ships with Glassbox: the vocabulary of case-format.md and the thresholds of
 * FRAMEWORK.md's suggested operationalisation. `glassbox codebook` prints it.
 */
final class DefaultCodebook {
    private DefaultCodebook() {
    }

    static final Set<String> DECISION = Set.of("plan", "directive", "approval", "co-design", "joint-team",
            "strategic-agreement", "consultation", "meeting");

    static final Codebook INSTANCE = build();

    private static Codebook build() {
        Map<String, EventType> e = new LinkedHashMap<>();
        types(e, "structure", Mechanism.NONE, "org-founded", "org-restructured", "org-dissolved",
                "leading-group-formed", "tie-formed", "tie-ended");
        types(e, "structure", Mechanism.MARKET, "joint-venture-founded");
        types(e, "administrative", Mechanism.ADMINISTRATIVE, "directive", "plan", "assessment", "inspection",
                "approval", "pilot-assigned");
        types(e, "market", Mechanism.MARKET, "procurement", "contract", "contract-ended", "investment",
                "outsourcing", "strategic-agreement");
        types(e, "collaborative", Mechanism.COLLABORATIVE, "meeting", "consultation", "co-design", "data-sharing",
                "joint-team");
        types(e, "delivery", Mechanism.NONE, "platform-launch", "service-launch", "upgrade", "integration");
        types(e, "diagnosis", Mechanism.COLLABORATIVE, "needs-assessment", "problem-report", "feedback");
        types(e, "diagnosis", Mechanism.ADMINISTRATIVE, "evaluation");
        types(e, "learning", Mechanism.NONE, "study-visit", "model-adopted");
        types(e, "outcome", Mechanism.NONE, "award", "ranking");

        Map<String, TieType> t = new LinkedHashMap<>();
        t.put("command", new TieType("command", Axis.LINE, true));
        t.put("guidance", new TieType("guidance", Axis.FUNCTIONAL, true));
        t.put("coordination", new TieType("coordination", Axis.CROSS_CUTTING, true));
        t.put("supervision", new TieType("supervision", Axis.OVERSIGHT, true));
        t.put("equity", new TieType("equity", Axis.OWNERSHIP, true));
        t.put("contract", new TieType("contract", Axis.MARKET, true));
        t.put("data-sharing", new TieType("data-sharing", Axis.DATA, true));
        t.put("secondment", new TieType("secondment", Axis.LATERAL, true));
        t.put("cooperation", new TieType("cooperation", Axis.LATERAL, false));

        Map<String, Side> s = new LinkedHashMap<>();
        s.put("party", Side.GOVERNMENT);
        s.put("government", Side.GOVERNMENT);
        s.put("public-institution", Side.GOVERNMENT);
        s.put("state-owned-enterprise", Side.ENTERPRISE);
        s.put("private-enterprise", Side.ENTERPRISE);
        s.put("joint-venture", Side.ENTERPRISE);
        s.put("academic", Side.OTHER);
        s.put("social-organization", Side.OTHER);
        s.put("public", Side.OTHER);

        Map<String, Double> th = new LinkedHashMap<>();
        th.put("structure.matrix.dual_authority_min", 0.30);
        th.put("structure.linear_functional.single_superior_min", 0.80);
        th.put("structure.linear_functional.dual_authority_max", 0.15);
        th.put("structure.network.lateral_to_authority_min", 1.0);
        th.put("embedding.never_embedded_max", 0.20);
        th.put("embedding.de_embedded_drop_min", 0.15);
        th.put("embedding.inter_embedded_end_min", 0.40);
        th.put("embedding.inter_embedded_contract_strength_min", 0.30);
        th.put("formalism.diagnosis_lookback_months", 24.0);
        th.put("formalism.burst_window_days", 30.0);
        th.put("model.decisive_margin_min", 0.20);
        th.put("evidence.actors_under_authority_min", 5.0);
        th.put("evidence.initiations_min", 5.0);
        th.put("evidence.decision_events_min", 5.0);
        th.put("evidence.dyads_min", 3.0);
        th.put("evidence.government_enterprise_events_min", 10.0);
        th.put("evidence.standing_tie_events_per_year", 2.0);

        return new Codebook(e, t, s,
                new LinkedHashSet<>(List.of("central", "provincial", "prefectural", "county", "township", "none")), th);
    }

    private static void types(Map<String, EventType> into, String category, Mechanism m, String... names) {
        for (String n : names) {
            into.put(n, new EventType(n, category, m, DECISION.contains(n)));
        }
    }
}
