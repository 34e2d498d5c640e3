package org.glassbox.core.analysis.robustness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Event;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Tie;

/**
 * Data-side sensitivity ({@code --exclude-where COLUMN=VALUE}): the analysis re-run, whole, on the case
 * without the events and ties whose extra column {@code COLUMN} holds {@code VALUE} (e.g. the rows a
 * coder marked {@code confidence=low}), and the share of verdicts whose word survives. Each exclusion is
 * its own run. Unlike the resamples this re-runs the analysis: leaving rows out can change the phases
 * detected and the ties valid in a period, which re-weighting counts cannot show.
 */
public final class Exclusions {
    private Exclusions() {
    }

    /** The runs of {@code o.excludeWhere()} against the analysis {@code base} of {@code c}. */
    public static List<Exclusion> run(Case c, AnalysisOptions o, CaseAnalysis base) {
        List<Exclusion> out = new ArrayList<>();
        AnalysisOptions plain = o.toBuilder().sensitivity(false).robustness(false).build()
                .withThresholdOverrides(o.thresholdOverrides());
        plain = new AnalysisOptions(plain.glassboxVersion(), plain.phaseSource(), plain.changePointPenalty(), plain.minPhaseEvents(),
                plain.seed(), plain.betweennessExactMaxActors(), plain.betweennessSamples(), plain.subjectsListed(),
                plain.thresholdOverrides(), false, plain.sensitivityStep(), false, plain.resamples(), List.of());
        for (String w : o.excludeWhere()) {
            int eq = w.indexOf('=');
            String column = w.substring(0, eq).strip();
            String value = w.substring(eq + 1).strip();
            Filtered f = without(c, column, value);
            CaseAnalysis x = Glassbox.analyze(f.kase, plain);
            List<Exclusion.Outcome> verdicts = compare(base, x);
            long kept = verdicts.stream().filter(Exclusion.Outcome::survives).count();
            out.add(new Exclusion(column, value, f.events, f.ties, verdicts, verdicts.isEmpty() ? 1 : (double) kept / verdicts.size()));
        }
        return out;
    }

    /** The verdicts of {@code base} and their words in {@code without} (a phase it does not have: {@code absent}). */
    static List<Exclusion.Outcome> compare(CaseAnalysis base, CaseAnalysis without) {
        List<Exclusion.Outcome> v = new ArrayList<>();
        for (PeriodAnalysis p : base.phases()) {
            String id = p.period().id();
            String w = without.phases().stream().filter(q -> q.period().id().equals(id)).map(q -> q.structure().type().word())
                    .findFirst().orElse("absent");
            v.add(new Exclusion.Outcome("structure.type@" + id, p.structure().type().word(), w));
        }
        v.add(new Exclusion.Outcome("structure.late", base.structureLate().word(), without.structureLate().word()));
        v.add(new Exclusion.Outcome("embedding.trajectory", base.trajectory().word(), without.trajectory().word()));
        v.add(new Exclusion.Outcome("model.verdict", base.model().word(), without.model().word()));
        return v;
    }

    private record Filtered(Case kase, int events, int ties) {
    }

    /**
     * The case without the rows whose extra column holds the value.
     *
     * @throws UnknownColumnException when neither events nor ties have the column
     */
    static Filtered without(Case c, String column, String value) {
        EventStore ev = c.events();
        AttributeColumn col = ev.attribute(column);
        Set<String> tieColumns = new LinkedHashSet<>();
        for (int i = 0; i < c.ties().size(); i++) {
            tieColumns.addAll(c.ties().attributes(i).keySet());
        }
        if ((col == null || EventStore.TITLE.equals(column) || EventStore.SOURCE.equals(column)) && !tieColumns.contains(column)) {
            Set<String> known = new LinkedHashSet<>();
            for (String k : ev.attributes().keySet()) {
                if (!k.equals(EventStore.TITLE) && !k.equals(EventStore.SOURCE) && !k.equals(EventStore.FROM_JURISDICTION)) {
                    known.add(k);
                }
            }
            known.addAll(tieColumns);
            throw new UnknownColumnException(column, new ArrayList<>(known));
        }
        EventStore.Builder b = EventStore.builder(c.actorCodes());
        int dropped = 0;
        for (int i = 0; i < ev.size(); i++) {
            if (col != null && col.isPresent(i) && value.equals(col.text(i))) {
                dropped++;
                continue;
            }
            Event e = ev.event(i);
            b.add(e.id(), e.type(), e.date());
            b.mechanism(e.mechanism());
            e.initiators().forEach(a -> b.actor(a, org.glassbox.core.model.Role.INITIATOR));
            e.targets().forEach(a -> b.actor(a, org.glassbox.core.model.Role.TARGET));
            e.participants().forEach(a -> b.actor(a, org.glassbox.core.model.Role.PARTICIPANT));
            e.objects().forEach(b::object);
            if (e.title() != null) {
                b.attribute(EventStore.TITLE, e.title());
            }
            if (!e.sources().isEmpty()) {
                b.attribute(EventStore.SOURCE, String.join(";", e.sources()));
            }
            if (e.fromJurisdiction() != null) {
                b.attribute(EventStore.FROM_JURISDICTION, e.fromJurisdiction());
            }
            for (Map.Entry<String, String> x : e.attributes().entrySet()) {
                b.attribute(x.getKey(), x.getValue());
            }
        }
        List<Tie> ties = new ArrayList<>();
        int tiesDropped = 0;
        for (Tie t : c.ties().ties()) {
            if (value.equals(t.attributes().get(column))) {
                tiesDropped++;
            } else {
                ties.add(t);
            }
        }
        Case k = Case.of(c.info(), c.actors(), ties, b.build(), c.indicators(), c.sources(), c.codebook())
                .withObjects(c.objects()).withCoding(c.coding());
        return new Filtered(k, dropped, tiesDropped);
    }
}
