package org.glassbox.core.analysis.formalism;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * The four digital-formalism diagnostics (FRAMEWORK.md), each a score in [0, 1] (higher = stronger
 * symptom) with the ids of the flagged events, its {@link Coverage} and the coder's exemptions;
 * docs/methods.md gives the formulas. A diagnostic judges only what the case codes enough to judge:
 * a candidate the case cannot decide is left out as uncertain (counted in the coverage), an event
 * the coder exempted from a diagnostic is never flagged by it and leaves its counts, and a diagnostic
 * with nothing to judge is {@link Diagnostic.Status#NOT_ASSESSABLE} (score null), never 0 or 1 by
 * default. "The same thing" is a shared {@code objects} entry. O(events × objects per event).
 */
public final class FormalismDiagnostics {
    public static final String LOOKBACK = "formalism.diagnosis_lookback_months";
    public static final String BURST_WINDOW = "formalism.burst_window_days";
    static final long DAY = 86_400_000L;

    private FormalismDiagnostics() {
    }

    public static FormalismReport of(CaseFacts f) {
        Exemptions ex = new Exemptions(f.events());
        return new FormalismReport(List.of(copyWithoutDiagnosis(f, ex), PlatformProliferation.of(f, ex),
                AssessmentDrivenBursts.of(f, ex), peopleCentredness(f, ex)), ex.all());
    }

    static Diagnostic copyWithoutDiagnosis(CaseFacts f) {
        return copyWithoutDiagnosis(f, new Exemptions(f.events()));
    }

    static Diagnostic platformProliferation(CaseFacts f) {
        return PlatformProliferation.of(f, new Exemptions(f.events()));
    }

    static Diagnostic assessmentDrivenBursts(CaseFacts f) {
        return AssessmentDrivenBursts.of(f, new Exemptions(f.events()));
    }

    static Diagnostic peopleCentredness(CaseFacts f) {
        return peopleCentredness(f, new Exemptions(f.events()));
    }

    /**
     * The first instant the case codes: 1 January of case.yaml's {@code period.start}, else the start
     * of the earliest dated event; {@link EventStore#MISSING_TIME} for a case without dated events.
     */
    static long codedFrom(CaseFacts f) {
        Integer y = f.kase().info().periodStart();
        if (y != null) {
            return LocalDate.of(y, 1, 1).toEpochDay() * DAY;
        }
        EventStore ev = f.events();
        for (int r = 0; r < ev.size(); r++) {
            long t = ev.time(ev.inTimeOrder(r));
            if (t != EventStore.MISSING_TIME) {
                return t;
            }
        }
        return EventStore.MISSING_TIME;
    }

    /**
     * Adoptions (model-adopted, or a delivery with from_jurisdiction) with no diagnosis about the same
     * object in the look-back window. An adoption is judged when a diagnosis is found, or when it names
     * an object and its whole look-back window lies within the coded period (else the case cannot show
     * the absence of a diagnosis).
     */
    static Diagnostic copyWithoutDiagnosis(CaseFacts f, Exemptions ex) {
        String id = Diagnostic.COPY_WITHOUT_DIAGNOSIS;
        EventStore ev = f.events();
        double months = f.codebook().threshold(LOOKBACK);
        AttributeColumn from = ev.attribute(EventStore.FROM_JURISDICTION);
        Map<Integer, List<Integer>> diagnosisByObject = new HashMap<>();
        List<Integer> adoptions = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            String cat = f.category(i);
            String type = ev.typeName(i);
            if ("diagnosis".equals(cat) || "consultation".equals(type)) {
                for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                    diagnosisByObject.computeIfAbsent(ev.objectAt(k), x -> new ArrayList<>()).add(i);
                }
            }
            boolean copied = from != null && from.isPresent(i) && !from.text(i).isBlank();
            if (ev.time(i) != EventStore.MISSING_TIME && ("model-adopted".equals(type) || (copied && "delivery".equals(cat)))) {
                adoptions.add(i);
            }
        }
        long codedFrom = codedFrom(f);
        List<String> flagged = new ArrayList<>();
        int exempt = 0;
        int judged = 0;
        int unobserved = 0;
        int noObject = 0;
        for (int a : adoptions) {
            if (ex.exempt(a, id)) {
                exempt++;
                continue;
            }
            long start = ev.time(a);
            long windowStart = LocalDate.ofEpochDay(Math.floorDiv(start, DAY)).minusMonths(Math.round(months)).toEpochDay() * DAY;
            boolean diagnosed = false;
            for (int k = ev.objectsFrom(a); k < ev.objectsTo(a) && !diagnosed; k++) {
                for (int d : diagnosisByObject.getOrDefault(ev.objectAt(k), List.of())) {
                    if (d != a && ev.time(d) < f.endExclusive(a) && f.endExclusive(d) > windowStart && ev.time(d) <= start) {
                        diagnosed = true;
                        break;
                    }
                }
            }
            if (diagnosed) {
                judged++;
            } else if (ev.objectsFrom(a) == ev.objectsTo(a)) {
                noObject++;
            } else if (windowStart < codedFrom) {
                unobserved++;
            } else {
                judged++;
                flagged.add(ev.id(a));
            }
        }
        Coverage cov = new Coverage("adoptions", adoptions.size(), judged, exempt);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("adoptions", (double) adoptions.size());
        m.put("withoutDiagnosis", (double) flagged.size());
        m.put("adoptionsWithoutObject", (double) noObject);
        m.put("lookBackBeforeCodedPeriod", (double) unobserved);
        String uncertain = (noObject + unobserved == 0 ? "" : "; not judged: " + noObject + " naming no object, "
                + unobserved + " whose " + Math.round(months) + "-month look-back starts before the coded period");
        if (judged == 0) {
            return new Diagnostic(id, Diagnostic.Status.NOT_ASSESSABLE, null, List.of(),
                    "not assessable: no adoption from elsewhere the case codes enough to judge (" + cov.words() + uncertain + ")",
                    cov, ex.from(id), m, Map.of(LOOKBACK, months));
        }
        return new Diagnostic(id, Diagnostic.Status.ASSESSED, (double) flagged.size() / judged, flagged,
                flagged.size() + " of " + judged + " adoptions from elsewhere have no needs assessment, problem report, consultation, feedback or evaluation about the same object in the "
                        + Math.round(months) + " months before (" + cov.words() + uncertain + ")",
                cov, ex.from(id), m, Map.of(LOOKBACK, months));
    }

    /**
     * Share of the judged events in which the public neither initiates nor takes part; flags the
     * deliveries made without it. An event with no actor coded cannot show who took part and is not
     * judged.
     */
    static Diagnostic peopleCentredness(CaseFacts f, Exemptions ex) {
        String id = Diagnostic.PEOPLE_CENTREDNESS;
        EventStore ev = f.events();
        int n = ev.size();
        int without = 0;
        int judged = 0;
        int exempt = 0;
        List<String> flagged = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int i = ev.inTimeOrder(r);
            if (ex.exempt(i, id)) {
                exempt++;
                continue;
            }
            if (ev.actorsFrom(i) == ev.actorsTo(i)) {
                continue;
            }
            judged++;
            boolean pub = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                if (ev.roleAt(k) != Role.TARGET && f.isPublic(ev.actorAt(k))) {
                    pub = true;
                }
            }
            if (!pub) {
                without++;
                if ("delivery".equals(f.category(i))) {
                    flagged.add(ev.id(i));
                }
            }
        }
        Coverage cov = new Coverage("events", n, judged, exempt);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("events", (double) judged);
        m.put("eventsWithPublic", (double) (judged - without));
        if (judged == 0) {
            return new Diagnostic(id, Diagnostic.Status.NOT_ASSESSABLE, null, List.of(),
                    "not assessable: no event codes who took part (" + cov.words() + ")", cov, ex.from(id), m, Map.of());
        }
        return new Diagnostic(id, Diagnostic.Status.ASSESSED, (double) without / judged, flagged,
                "the public initiates or takes part in " + (judged - without) + " of " + judged
                        + " events; flagged: the deliveries (launches, upgrades, integrations) made without it (" + cov.words() + ")",
                cov, ex.from(id), m, Map.of());
    }
}
