package org.glassbox.core.process;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;

/**
 * The process-mining facade (pm4py-style flat functions) over the columnar {@link EventLog}.
 * Every function is pure and returns an immutable record. Durations are seconds.
 *
 * <p>Semantics follow pm4py 2.7.11 (checked against its outputs on the reference logs), with
 * these deliberate differences: events without timestamp are left out instead of raising;
 * events without resource become the node {@value #MISSING_RESOURCE} (or are skipped) instead
 * of raising; logs without any pair give empty networks instead of raising; start/end activities,
 * variants and handover use stable time order by default ({@link SequenceOrder#FILE} gives pm4py's
 * file order).
 */
public final class ProcessMining {
    /** The node name of events without resource (pm4py's fill value). */
    public static final String MISSING_RESOURCE = "__missing__";

    private ProcessMining() {
    }

    /** The case-centric view (build once and pass it to the overloads when computing several things). */
    public static CaseView caseView(EventLog log) {
        return CaseView.of(Objects.requireNonNull(log, "log").events());
    }

    /** Directly-follows graph with frequencies and start/end activities (pm4py {@code discover_dfg}). */
    public static DirectlyFollowsGraph discoverDfg(EventLog log) {
        return discoverDfg(caseView(log), SequenceOrder.TIME);
    }

    public static DirectlyFollowsGraph discoverDfg(CaseView view, SequenceOrder startEndOrder) {
        return DirectlyFollows.discover(view, false, startEndOrder);
    }

    /** Directly-follows graph whose edges also carry durations (pm4py {@code discover_performance_dfg}). */
    public static DirectlyFollowsGraph discoverPerformanceDfg(EventLog log) {
        return discoverPerformanceDfg(caseView(log), SequenceOrder.TIME);
    }

    public static DirectlyFollowsGraph discoverPerformanceDfg(CaseView view, SequenceOrder startEndOrder) {
        return DirectlyFollows.discover(view, true, startEndOrder);
    }

    /** Variants, most frequent first (pm4py {@code get_variants}). */
    public static List<Variant> variants(EventLog log) {
        return variants(caseView(log), SequenceOrder.TIME);
    }

    public static List<Variant> variants(CaseView view, SequenceOrder order) {
        return Variants.discover(view, order);
    }

    /** Handover-of-work network, beta = 0 (pm4py {@code discover_handover_of_work_network}). */
    public static ResourceNetwork handoverOfWork(EventLog log) {
        return handoverOfWork(caseView(log), SequenceOrder.TIME, MissingResource.AS_NODE);
    }

    public static ResourceNetwork handoverOfWork(CaseView view, SequenceOrder order, MissingResource missing) {
        return OrganisationalNetworks.handover(view, order, missing);
    }

    /** Working-together network (pm4py {@code discover_working_together_network}). */
    public static ResourceNetwork workingTogether(EventLog log) {
        return workingTogether(caseView(log), MissingResource.AS_NODE);
    }

    public static ResourceNetwork workingTogether(CaseView view, MissingResource missing) {
        return OrganisationalNetworks.workingTogether(view, missing);
    }

    /** Case durations (last event − first event). */
    public static CaseDurationSummary caseDurations(CaseView view) {
        return CaseStatistics.durations(view);
    }

    /** Cases started/ended and events per UTC calendar month. */
    public static List<ThroughputPeriod> throughput(CaseView view) {
        return CaseStatistics.throughput(view);
    }

    /** Overview: sizes, missing values, durations, throughput. */
    public static ProcessStats stats(EventLog log) {
        CaseView v = caseView(log);
        EventStore s = log.events();
        TreeSet<Integer> acts = new TreeSet<>();
        boolean[] res = new boolean[s.actors().size()];
        int resources = 0;
        int withoutResource = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < s.size(); i++) {
            acts.add(s.type(i));
            int r = v.resource(i);
            if (r < 0) {
                withoutResource++;
            } else if (!res[r]) {
                res[r] = true;
                resources++;
            }
            long t = s.time(i);
            if (t != EventStore.MISSING_TIME) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        boolean any = first != Long.MAX_VALUE;
        return new ProcessStats(log.name(), s.size(), v.nonEmptyCases(), acts.size(), resources,
                Variants.discover(v, SequenceOrder.TIME).size(), v.eventsWithoutTimestamp(), withoutResource,
                any ? first : null, any ? last : null, CaseStatistics.durations(v), CaseStatistics.throughput(v),
                log.warnings());
    }

    /** Events or cases in the time window [from, to) (epoch ms), per {@code mode}. */
    public static EventLog filterTimeRange(EventLog log, long from, long toExclusive, TimeRangeMode mode) {
        return LogFilters.timeRange(log, from, toExclusive, mode);
    }

    /** Keeps ({@code keep}) or removes the events of the given activities. */
    public static EventLog filterActivities(EventLog log, java.util.Set<String> activities, boolean keep) {
        return LogFilters.activities(log, activities, keep);
    }

    /** Keeps ({@code keep}) or removes the cases following the given variants (time order). */
    public static EventLog filterVariants(EventLog log, java.util.Set<List<String>> variants, boolean keep) {
        return LogFilters.variants(log, variants, keep);
    }

    /** Keeps the cases of the {@code k} most frequent variants. */
    public static EventLog filterTopVariants(EventLog log, int k) {
        return LogFilters.topVariants(log, k);
    }

    /**
     * Keeps ({@code keep}) or removes the cases whose case attribute (or, when no case attribute
     * has that name, any event's attribute) has one of {@code values}.
     */
    public static EventLog filterCaseAttribute(EventLog log, String attribute, java.util.Set<String> values, boolean keep) {
        return LogFilters.caseAttribute(log, attribute, values, keep);
    }

    /** The object-centric view: each object's events in time order. */
    public static ObjectView objectView(EventLog log) {
        return ObjectView.of(Objects.requireNonNull(log, "log").events());
    }

    /** Object-centric directly-follows graph per object type (pm4py {@code discover_ocdfg}). */
    public static ObjectCentricDfg discoverOcdfg(EventLog log) {
        return ObjectCentricDirectlyFollows.discover(objectView(log));
    }

    /** Compares several logs of the same process (time order, missing resources as a node). */
    public static ProcessComparison compare(List<EventLog> logs) {
        return compare(logs, SequenceOrder.TIME, MissingResource.AS_NODE);
    }

    public static ProcessComparison compare(List<EventLog> logs, SequenceOrder order, MissingResource missing) {
        return ProcessComparator.compare(logs, order, missing);
    }

    /**
     * The profile a comparison needs of one log: performance DFG, variants and handover network,
     * computed with {@code order} and {@code missing}.
     */
    public static LogProfile profile(EventLog log, SequenceOrder order, MissingResource missing) {
        return ProcessComparator.profile(log, order, missing);
    }

    /**
     * Compares profiles computed by any engine (at least two): the same {@link ProcessComparison}
     * as {@link #compare(List, SequenceOrder, MissingResource)} of the logs they describe.
     */
    public static ProcessComparison compareProfiles(List<LogProfile> profiles) {
        return ProcessComparator.compare(profiles);
    }

    /**
     * The sub-logs of one log by the value of a case attribute (or, when no case attribute has that
     * name, an event attribute), named {@code attribute=value} and ordered by value; see
     * {@link LogGroups} for the rule.
     *
     * @throws UnknownAttributeException when the log has no such attribute (with the names it has)
     */
    public static List<EventLog> groupBy(EventLog log, String attribute) {
        return LogGroups.split(Objects.requireNonNull(log, "log"), Objects.requireNonNull(attribute, "attribute"));
    }

    /**
     * Compares the groups of one log ({@link #groupBy}): every group against every other, as the
     * comparison of several logs (pairwise variant overlap, per-group edges and handover).
     *
     * @throws UnknownAttributeException when the log has no such attribute
     * @throws IllegalArgumentException   when the attribute has fewer than two values
     */
    public static ProcessComparison compareGroups(EventLog log, String attribute, SequenceOrder order,
                                                  MissingResource missing) {
        List<EventLog> groups = groupBy(log, attribute);
        if (groups.size() < 2) {
            throw new GroupCountException(log.name(), attribute, groups.size());
        }
        return compare(groups, order, missing);
    }

    /**
     * Phases of the process: change points in the activity mix over time, found by the framework's
     * {@link org.glassbox.core.analysis.period.ChangePointDetector} (PELT on the multinomial
     * likelihood of activity counts, BIC penalty) over the events in time order (events without
     * timestamp left out). Segments hold at least max(30, 1 % of the events); at most 200 candidate blocks.
     */
    public static List<org.glassbox.core.analysis.period.ChangePoint> phases(EventLog log) {
        EventStore s = log.events();
        int first = s.rankAtOrAfter(Long.MIN_VALUE + 1);
        int n = s.size() - first;
        long[] starts = new long[n];
        int[] cats = new int[n];
        for (int r = 0; r < n; r++) {
            int i = s.inTimeOrder(first + r);
            starts[r] = s.time(i);
            cats[r] = s.type(i);
        }
        List<String> names = s.types().values();
        return new org.glassbox.core.analysis.period.ChangePointDetector(starts, null, cats, names,
                org.glassbox.core.analysis.period.ChangePointDetector.bicPenalty(names.size(), n),
                Math.max(30, n / 100), 200).changePoints();
    }
}
