package org.glassbox.sim;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasure;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.Tie;
import org.glassbox.core.model.TieTable;
import org.glassbox.core.model.TieType;

/**
 * Calibration from a coded case (docs/simulation.md, "Input data and calibration"). The
 * structural constraints (parameters) are estimated from the phases up to the calibration phase
 * (all phases by default); the initial state only from the first phase. Estimators:
 * <ul>
 * <li>contract strength = Σ contract-governed / Σ government–enterprise interaction events over the
 *     window's phases (the pooled {@link EmbeddingMetrics#contractStrength()});</li>
 * <li>administrative pressure = supervision events (assessments, inspections) over the window /
 *     (mean government actors per phase × years of the window);</li>
 * <li>public participation = events in which a public actor initiates or takes part / events, pooled;</li>
 * <li>subsidy = investment events with an enterprise target or participant / government–enterprise
 *     interaction events; reputation = award and ranking events naming an enterprise / the same;</li>
 * <li>contract term = mean years from start to end of the window's contract ties with a known start
 *     (an open-ended tie counts up to the window's end: a censored, lower estimate);</li>
 * <li>penalty, revision rate, mutation, activity: not observable in a coded case; defaults, flagged;</li>
 * <li>the event-type mix per channel: the window's coded events counted into their channels and
 *     smoothed towards the fixed lists ({@link EventMix}, {@link #mix}); the rates at which contract
 *     ties' starts and ends show as {@code contract} / {@code contract-ended} events.</li>
 * </ul>
 * Dated constraints ({@link Calibrated#schedule}, played by default, not with {@code --constant-constraints}): the same estimators of
 * the six observable constraints over each phase of the window alone ({@link #estimate}), a phase lacking the
 * data for one keeping the window's value; the window's estimates stay {@link Calibrated#parameters}.
 * Initial state from the first phase: the agents are the actors present by its end (joined and
 * left dates dropped: the runs do not know the future); the ties valid at its start; a government
 * agent starts with the contract strategy when at least half of its first-phase initiations
 * towards enterprises were not top-down (an enterprise took part or initiated), with the directive
 * strategy when fewer, and with probability x₀ (the pooled share) when it had none; an enterprise
 * agent starts with the initiate strategy when it initiated towards government or took part in a
 * decision event, with execute-only when it was active otherwise, and with probability y₀ (the
 * share among active enterprises) when inactive. Monthly propensities: ½ the actor's own rate + ½
 * its side's mean rate (shrinkage towards the side, so that one-off actors are not silent).
 */
public final class Calibration {
    /** An execute-only enterprise initiates at this fraction of its propensity (stated, not estimated). */
    public static final double EXECUTE_PROPENSITY = 0.1;

    private Calibration() {
    }

    /**
     * The calibrated scenario: parameters (the window's), the dated constraints (per calibrated phase, that
     * phase's own estimates), initial state and the estimates behind them.
     */
    public record Calibrated(InitialState initial, Parameters parameters, List<Parameters> schedule, List<Estimate> estimates,
                             List<Estimate> phaseEstimates, CaseAnalysis coded, int calibratedPhases) {
        public Calibrated {
            schedule = List.copyOf(schedule);
            estimates = List.copyOf(estimates);
            phaseEstimates = List.copyOf(phaseEstimates);
        }
    }

    /**
     * The prefix of a dated constraint's estimate: {@code schedule.PHASE.NAME}, e.g. {@code schedule.p1.contractStrength}
     * — the value in force in that phase with the count of the phase's own events it rests on (empty for one phase).
     */
    public static final String SCHEDULE = "schedule.";

    /** The name of {@code phase}'s estimate of the parameter {@code key}: {@code schedule.PHASE.KEY}. */
    static String scheduleName(String phase, String key) {
        return SCHEDULE + phase + "." + key;
    }

    /** The phase of a {@code schedule.PHASE.KEY} estimate's name; null for any other name. */
    static String schedulePhase(String name) {
        return name.startsWith(SCHEDULE) ? name.substring(SCHEDULE.length(), name.lastIndexOf('.')) : null;
    }

    /** The parameter key of a {@code schedule.PHASE.KEY} estimate's name; null for any other name. */
    static String scheduleKey(String name) {
        return name.startsWith(SCHEDULE) ? name.substring(name.lastIndexOf('.') + 1) : null;
    }

    /**
     * Calibrates from {@code c} using the phases up to {@code untilPhase} (null: all).
     *
     * @throws CalibrationException when some estimate lacks data (all of them named)
     * @throws IllegalArgumentException when {@code untilPhase} names no phase of the case
     */
    public static Calibrated of(Case c, String untilPhase) {
        CaseAnalysis coded = Glassbox.analyze(c);
        List<String> missing = new ArrayList<>();
        List<PeriodAnalysis> phases = coded.phases();
        if (phases.isEmpty()) {
            throw new CalibrationException(c.id(), List.of("phases: the case has no dated event"));
        }
        int until = phases.size() - 1;
        if (untilPhase != null) {
            until = -1;
            for (int i = 0; i < phases.size(); i++) {
                if (phases.get(i).period().id().equals(untilPhase)) {
                    until = i;
                }
            }
            if (until < 0) {
                throw new ParameterException("calibrateUntil", Double.NaN, "no phase " + untilPhase + " in case " + c.id()
                        + "; phases: " + String.join(", ", phases.stream().map(p -> p.period().id()).toList()));
            }
        }
        Codebook cb = c.codebook();
        EventStore ev = c.events();
        Period first = phases.get(0).period();
        long p1From = first.start().startMillis();
        long p1To = first.end().endMillisExclusive();
        Period lastWin = phases.get(until).period();
        long winTo = lastWin.end().endMillisExclusive();
        YearMonth start = YearMonth.of(first.start().year(), Math.max(1, first.start().month()));
        int p1Months = Math.max(1, months(first));

        // ---------------------------------------------------------------- the agents
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < c.actors().size(); i++) {
            Actor x = c.actors().get(i);
            // present by the first phase's end: joined before it ends, and not gone before it starts
            if ((x.joined() == null || x.joined().startMillis() < p1To) && (x.left() == null || x.left().endMillisExclusive() > p1From)) {
                keep.add(i);
            }
        }
        int n = keep.size();
        int[] newCode = new int[c.actors().size()];
        java.util.Arrays.fill(newCode, -1);
        List<Actor> actors = new ArrayList<>();
        char[] side = new char[n];
        for (int k = 0; k < n; k++) {
            Actor x = c.actors().get(keep.get(k));
            newCode[keep.get(k)] = k;
            actors.add(new Actor(x.id(), x.name(), x.nameZh(), x.sector(), x.level(), x.function(), null, null, x.attributes()));
            Side sd = cb.side(x.sector());
            side[k] = sd == Side.GOVERNMENT ? 'G' : sd == Side.ENTERPRISE ? 'E' : 'O';
        }
        int govN = count(side, 'G');
        int entN = count(side, 'E');
        if (govN == 0) {
            missing.add("initial strategies: no government-side actor is present in the first phase " + first.id());
        }
        if (entN == 0) {
            missing.add("initial strategies: no enterprise-side actor is present in the first phase " + first.id());
        }

        // ---------------------------------------------------------------- ties valid at the start
        List<Tie> ties = new ArrayList<>();
        Map<String, Integer> idx = c.actorIndex();
        List<Set<Integer>> partners = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            partners.add(new LinkedHashSet<>());
        }
        long startMillis = first.start().startMillis();
        for (int i = 0; i < c.ties().size(); i++) {
            Tie t = c.ties().tie(i);
            boolean started = t.start() == null || t.start().startMillis() <= startMillis;
            boolean notEnded = t.end() == null || t.end().endMillisExclusive() > startMillis;
            int a = newCode[idx.get(t.from())];
            int b = newCode[idx.get(t.to())];
            if (started && notEnded && a >= 0 && b >= 0) {
                ties.add(new Tie(t.id(), t.from(), t.to(), t.type(), t.start(), null, t.source(), Map.of()));
                partners.get(a).add(b);
                partners.get(b).add(a);
            }
        }

        // ---------------------------------------------------------------- first phase: who did what
        // the strategy rule's per-actor tallies (StrategyTally, shared with the fit's strategy read); here the
        // initiations, partners, decisions and targets the propensities and target shares rest on
        boolean[] present = new boolean[c.actors().size()];
        for (int k = 0; k < n; k++) {
            present[keep.get(k)] = true;
        }
        StrategyTally tally = StrategyTally.over(c, present, p1From, p1To);
        int[] initiations = new int[n];
        int govInit = 0;
        int govDecisions = 0;
        int govDecisionsWithEnt = 0;
        int govToEnt = 0;
        int govToOther = 0;
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t == EventStore.MISSING_TIME || t < p1From || t >= p1To) {
                continue;
            }
            int init = -1;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int code = newCode[ev.actorAt(k)];
                if (code >= 0 && ev.roleAt(k) == Role.INITIATOR) {
                    init = code;
                }
            }
            if (init < 0) {
                continue;
            }
            boolean entTarget = false;
            boolean otherInvolved = false;
            boolean govInvolved = false;
            boolean entParticipates = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int code = newCode[ev.actorAt(k)];
                if (code < 0 || code == init) {
                    continue;
                }
                partners.get(init).add(code);
                partners.get(code).add(init);
                if (side[code] == 'E') {
                    entTarget = true;
                    entParticipates |= ev.roleAt(k) != Role.TARGET;
                } else if (side[code] == 'G') {
                    govInvolved = true;
                } else {
                    otherInvolved = true;
                }
            }
            initiations[init]++;
            boolean decision = cb.eventType(ev.typeName(i)) != null && cb.eventType(ev.typeName(i)).decision();
            if (side[init] == 'G' && decision) {
                govDecisions++;
                govDecisionsWithEnt += entParticipates ? 1 : 0;
            }
            if (side[init] == 'G') {
                govInit++;
                if (entTarget) {
                    govToEnt++;
                } else if (otherInvolved && !govInvolved) {
                    govToOther++;
                }
            }
        }
        List<Estimate> est = new ArrayList<>();
        int geTotal = 0;
        int geCoop = 0;
        for (int k = 0; k < n; k++) {
            geTotal += tally.towardsEnterprise(keep.get(k));
            geCoop += tally.notTopDown(keep.get(k));
        }
        if (govInit == 0) {
            missing.add("government propensity: no government-side actor initiates an event in the first phase " + first.id());
        }
        if (geTotal == 0) {
            missing.add("initial government strategies: no government-initiated event with an enterprise in the first phase " + first.id());
        }
        int entActive = 0;
        int entCoop = 0;
        for (int k = 0; k < n; k++) {
            if (side[k] == 'E' && tally.active(keep.get(k))) {
                entActive++;
                entCoop += tally.initiating(keep.get(k)) ? 1 : 0;
            }
        }
        if (entActive == 0 && entN > 0) {
            missing.add("initial enterprise strategies: no enterprise-side actor takes part in an event of the first phase " + first.id());
        }
        double x0 = geTotal == 0 ? 0 : (double) geCoop / geTotal;
        double y0 = entActive == 0 ? 0 : (double) entCoop / entActive;
        est.add(new Estimate("initial.contractShare", x0, "first phase " + first.id()
                + ": government-initiated events with an enterprise that were not top-down / all such events", geTotal, true));
        est.add(new Estimate("initial.initiateShare", y0, "first phase " + first.id()
                + ": active enterprises that initiated towards government or took part in a decision / active enterprises", entActive, true));
        double[] coop = new double[n];
        for (int k = 0; k < n; k++) {
            int a = keep.get(k);
            if (side[k] == 'G') {
                coop[k] = tally.towardsEnterprise(a) == 0 ? x0 : tally.contracting(a) ? 1 : 0;
            } else if (side[k] == 'E') {
                coop[k] = tally.initiating(a) ? 1 : tally.active(a) ? 0 : y0;
            }
        }

        // propensities (first phase)
        double[] sideRate = new double[3];
        int[] sideCount = {govN, entN, n - govN - entN};
        int entCoopInit = 0;
        int entCoopN = 0;
        for (int k = 0; k < n; k++) {
            int s = side[k] == 'G' ? 0 : side[k] == 'E' ? 1 : 2;
            if (s == 1) {
                if (tally.initiating(keep.get(k))) { // read initiating, not an inactive one drawn at y0 = 1
                    entCoopInit += initiations[k];
                    entCoopN++;
                }
            } else {
                sideRate[s] += initiations[k];
            }
        }
        sideRate[0] = govN == 0 ? 0 : sideRate[0] / govN / p1Months;
        sideRate[2] = sideCount[2] == 0 ? 0 : sideRate[2] / sideCount[2] / p1Months;
        boolean entRateKnown = entCoopN > 0 && entCoopInit > 0;
        // an initiating enterprise proposes at least as often as government addresses an enterprise (reciprocity)
        double addressed = entN == 0 ? 0 : (double) govToEnt / entN / p1Months;
        sideRate[1] = Math.max(addressed, entRateKnown ? (double) entCoopInit / entCoopN / p1Months : sideRate[0]);
        est.add(new Estimate("propensity.government", sideRate[0], "first phase: government-side initiations / government actors / months", govInit, true));
        est.add(new Estimate("propensity.enterprise", sideRate[1], entRateKnown
                ? "first phase: the larger of (initiations of initiating enterprises / such enterprises / months) and (government initiations with an enterprise / enterprises / months)"
                : "no enterprise initiated in the first phase: the larger of the government propensity and the rate an enterprise is addressed", entCoopInit, entRateKnown));
        est.add(new Estimate("propensity.other", sideRate[2], "first phase: initiations by actors of neither side / such actors / months", sideCount[2], true));
        double[] prop = new double[n];
        for (int k = 0; k < n; k++) {
            int s = side[k] == 'G' ? 0 : side[k] == 'E' ? 1 : 2;
            double own = (double) initiations[k] / p1Months;
            prop[k] = s == 1 ? Math.max(sideRate[1], 0.5 * own + 0.5 * sideRate[1]) : 0.5 * own + 0.5 * sideRate[s];
        }
        double toEnt = govInit == 0 ? 0 : (double) govToEnt / govInit;
        double toOther = govInit == 0 ? 0 : (double) govToOther / govInit;
        est.add(new Estimate("targets.enterpriseShare", toEnt, "first phase: government initiations with an enterprise / government initiations", govInit, true));
        est.add(new Estimate("targets.otherShare", toOther, "first phase: government initiations with only actors of neither side besides government / government initiations", govInit, true));

        // contracting governments bring enterprises into their decisions: the share of government decision
        // events with an enterprise participant, over the share of contracting governments
        double invite = govDecisions == 0 || x0 == 0 ? 0 : Math.min(1, (double) govDecisionsWithEnt / govDecisions / x0);
        est.add(new Estimate("invite", invite, "first phase: government-initiated decision events with an enterprise participant / such events / initial contract share",
                govDecisions, govDecisions > 0));

        // ---------------------------------------------------------------- parameters (window, and per phase of it)
        String window = first.id() + (until == 0 ? "" : "–" + lastWin.id());
        Parameters p = estimate(c, phases, 0, until, winTo, Parameters.defaults(), window, est, missing);
        List<Parameters> schedule = new ArrayList<>();
        double[] signedIn = until == 0 ? null : signedInPhase(c, phases.subList(0, until + 1).stream().map(PeriodAnalysis::period).toList());
        List<Estimate> phaseEst = new ArrayList<>();
        for (int k = 0; k <= until; k++) {
            // phase k's own estimates, in force from its start; where the phase lacks the data, the window's value holds
            List<Estimate> own = until == 0 ? null : new ArrayList<>();
            Parameters pk = until == 0 ? p : estimate(c, phases, k, k, winTo, p, phases.get(k).period().id(), own, null);
            double signed = k == 0 ? Double.NaN : signedIn[k];
            if (!Double.isNaN(signed)) { // a later phase: only the contracts it signed, the earlier ones T1 carries
                pk = pk.withClamped(Parameter.CONTRACT_STRENGTH, pk.get(Parameter.CONTRACT_STRENGTH) * signed);
            }
            schedule.add(pk);
            if (own != null) {
                String ph = phases.get(k).period().id();
                for (Estimate e : own) { // the value the schedule holds (a later phase's contracts), with the phase's own basis
                    Parameter q = Parameter.of(e.name());
                    phaseEst.add(new Estimate(scheduleName(ph, e.name()), pk.get(q), e.estimator()
                            + (q == Parameter.CONTRACT_STRENGTH && k > 0 ? " × share under contracts signed in the phase" : ""), e.basis(),
                            e.estimated()));
                }
            }
        }
        EventMix mix = mix(c, p1From, winTo);
        for (EventMix.Channel ch : EventMix.Channel.values()) {
            int k = mix.observed(ch);
            StringBuilder top = new StringBuilder();
            for (Map.Entry<String, Double> e : mix.distribution(ch).subList(0, Math.min(3, mix.distribution(ch).size()))) {
                top.append(top.length() == 0 ? "" : ", ").append(e.getKey()).append(String.format(java.util.Locale.ROOT, " %.2f", e.getValue()));
            }
            est.add(new Estimate("eventMix." + ch.key(), k / (k + EventMix.ALPHA), window + ": " + k
                    + " coded events of the channel, smoothed towards the fixed list with " + (int) EventMix.ALPHA
                    + " pseudo-events (value: the coded events' weight); most probable: " + top, k, k > 0));
        }
        est.add(new Estimate("eventMix.contractRecorded", mix.contractRecorded(), window
                + ": contract events / contract ties starting in the window (1 without such ties)", 0, true));
        est.add(new Estimate("eventMix.contractEndRecorded", mix.endRecorded(), window
                + ": contract-ended events / contract ties ending in the window (1 without such ties)", 0, true));
        for (Parameter q : new Parameter[] {Parameter.PENALTY, Parameter.ACTIVITY, Parameter.REVISION_RATE, Parameter.MUTATION}) {
            est.add(new Estimate(q.key(), p.get(q), "not observable in a coded case: the default", 0, false));
        }
        if (!missing.isEmpty()) {
            throw new CalibrationException(c.id(), missing);
        }

        // ---------------------------------------------------------------- head, coordinator, anchor
        int head = -1;
        int bestSubs = -1;
        int coordinator = -1;
        int[] subs = new int[n];
        for (Tie t : ties) {
            int a = newCode[idx.get(t.from())];
            if (t.type().equals("command")) {
                subs[a]++;
            }
            if (t.type().equals("coordination") && coordinator < 0) {
                coordinator = a;
            }
        }
        for (int k = 0; k < n; k++) {
            if (side[k] == 'G' && subs[k] > bestSubs) {
                head = k;
                bestSubs = subs[k];
            }
            if (coordinator < 0 && "coordination".equals(actors.get(k).function())) {
                coordinator = k;
            }
        }
        int anchor = -1;
        for (int k = 0; k < n && anchor < 0; k++) {
            if ("state-owned-enterprise".equals(actors.get(k).sector())) {
                anchor = k;
            }
        }
        for (int k = 0; k < n && anchor < 0; k++) {
            if (side[k] == 'E') {
                anchor = k;
            }
        }
        int[][] part = new int[n][];
        for (int k = 0; k < n; k++) {
            part[k] = partners.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        List<Phase> runPhases = new ArrayList<>();
        for (PeriodAnalysis pa : phases) {
            Period pe = pa.period();
            runPhases.add(new Phase(pe.id(), pe.name(), pe.start(), pe.end()));
        }
        InitialState init = new InitialState(c.id(), c.info().name(), actors, side, ties, coop, part, prop,
                EXECUTE_PROPENSITY, toEnt, toOther, invite, head, coordinator, anchor, start, runPhases, cb, mix);
        return new Calibrated(init, p, schedule, est, phaseEst, coded, until + 1);
    }

    /**
     * The structural constraints estimated over the phases {@code lo..hi} (docs/simulation.md §5): contract
     * strength, administrative pressure, public participation, subsidy, reputation and contract term, each
     * starting from {@code base} and replaced only where the phases hold its data. With {@code est} and
     * {@code missing} (the whole window) every estimate is recorded and a lacking one named; without them
     * (one phase of the window, for the schedule) a phase without the data keeps {@code base}'s value — the
     * window's estimate. Contract ties counted for the term: those starting in the phases (for the first
     * phase also those that started before it), each up to its end or the window's end {@code winTo}.
     */
    static Parameters estimate(Case c, List<PeriodAnalysis> phases, int lo, int hi, long winTo, Parameters base, String window,
                               List<Estimate> est, List<String> missing) {
        Codebook cb = c.codebook();
        EventStore ev = c.events();
        long from = phases.get(lo).period().start().startMillis();
        long to = phases.get(hi).period().end().endMillisExclusive();
        Parameters p = base;
        int dyad = 0;
        int governed = 0;
        int supervision = 0;
        double govActors = 0;
        double publicShareSum = 0;
        int winEvents = 0;
        for (int i = lo; i <= hi; i++) {
            PeriodAnalysis pa = phases.get(i);
            EmbeddingMetrics e = pa.embedding();
            dyad += e.dyadInteractions();
            governed += e.contractGovernedInteractions();
            supervision += pa.structure().supervisionEvents();
            govActors += pa.structure().governmentActors();
            publicShareSum += pa.structure().publicParticipationShare() * pa.period().events();
            winEvents += pa.period().events();
        }
        double years = Math.max(1.0 / 12, months(phases.get(lo).period(), phases.get(hi).period()) / 12.0);
        if (dyad == 0) {
            if (missing != null) {
                missing.add("contractStrength: no government–enterprise interaction event in " + window);
            }
        } else {
            p = p.withClamped(Parameter.CONTRACT_STRENGTH, (double) governed / dyad);
        }
        double meanGov = govActors / (hi - lo + 1);
        if (meanGov > 0) {
            p = p.withClamped(Parameter.ADMINISTRATIVE_PRESSURE, supervision / meanGov / years);
        }
        if (winEvents > 0) {
            p = p.withClamped(Parameter.PUBLIC_PARTICIPATION, publicShareSum / winEvents);
        }
        int investment = 0;
        int awards = 0;
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t == EventStore.MISSING_TIME || t < from || t >= to) {
                continue;
            }
            String type = ev.typeName(i);
            boolean inv = type.equals("investment");
            boolean aw = type.equals("award") || type.equals("ranking");
            if (!inv && !aw) {
                continue;
            }
            boolean ent = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                ent |= ev.roleAt(k) != Role.INITIATOR && cb.side(c.actors().get(ev.actorAt(k)).sector()) == Side.ENTERPRISE;
            }
            if (ent && inv) {
                investment++;
            }
            if (ent && aw) {
                awards++;
            }
        }
        if (dyad > 0) {
            p = p.withClamped(Parameter.SUBSIDY, (double) investment / dyad);
            p = p.withClamped(Parameter.REPUTATION, (double) awards / dyad);
        }
        double termSum = 0;
        int terms = 0;
        for (int i = 0; i < c.ties().size(); i++) {
            Tie t = c.ties().tie(i);
            // the span's contracts with a start: starting in it, and for the first phase also those running into it
            // from before (not those that had ended before it started)
            if (!t.type().equals("contract") || t.start() == null || t.start().startMillis() >= to
                    || lo > 0 && t.start().startMillis() < from || t.end() != null && t.end().endMillisExclusive() <= from) {
                continue;
            }
            long end = t.end() == null ? winTo : Math.min(winTo, t.end().endMillisExclusive());
            termSum += Math.max(1, end - t.start().startMillis()) / (365.25 * 86_400_000.0);
            terms++;
        }
        if (terms > 0) {
            p = p.withClamped(Parameter.CONTRACT_TERM, termSum / terms);
        }
        if (est != null) {
            est.add(new Estimate(Parameter.CONTRACT_STRENGTH.key(), p.get(Parameter.CONTRACT_STRENGTH),
                    window + ": contract-governed / government–enterprise interaction events", dyad, dyad > 0));
            est.add(new Estimate(Parameter.ADMINISTRATIVE_PRESSURE.key(), p.get(Parameter.ADMINISTRATIVE_PRESSURE),
                    window + ": supervision events / mean government actors / years", supervision, meanGov > 0));
            est.add(new Estimate(Parameter.PUBLIC_PARTICIPATION.key(), p.get(Parameter.PUBLIC_PARTICIPATION),
                    window + ": events with a public actor / events", winEvents, winEvents > 0));
            est.add(new Estimate(Parameter.SUBSIDY.key(), p.get(Parameter.SUBSIDY),
                    window + ": investment events towards enterprises / government–enterprise interaction events", dyad, dyad > 0));
            est.add(new Estimate(Parameter.REPUTATION.key(), p.get(Parameter.REPUTATION),
                    window + ": award and ranking events naming an enterprise / government–enterprise interaction events", dyad, dyad > 0));
            est.add(new Estimate(Parameter.CONTRACT_TERM.key(), p.get(Parameter.CONTRACT_TERM),
                    terms > 0 ? window + ": mean years of contract ties (open-ended ones counted to the window's end)"
                            : "no contract tie with a start date: the default", terms, terms > 0));
        }
        return p;
    }

    /**
     * The event-type counts per channel of the coded events in [from, to) (docs/simulation.md §5),
     * smoothed by {@link EventMix#estimate}. An event's channel is read from its actors: initiated by
     * a government-side actor with an enterprise-side actor that takes part (not only a target) —
     * contracting towards an enterprise; with enterprises only as targets — directing towards an
     * enterprise; with only actors of neither side — towards other; otherwise towards government
     * (counted for both strategies: a coded event does not show its initiator's strategy there).
     * Initiated by an enterprise-side actor — initiating, and, if the type is no decision, also
     * execute-only; by an actor of neither side — towards government. Not counted: events without an
     * initiator, the codebook's structure category, {@link EventMix#RULE_TYPES}, and assessments and
     * inspections between government actors (ordering 1 makes those).
     */
    static EventMix mix(Case c, long from, long to) {
        Codebook cb = c.codebook();
        EventStore ev = c.events();
        Map<EventMix.Channel, Map<String, Integer>> counts = new java.util.EnumMap<>(EventMix.Channel.class);
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t == EventStore.MISSING_TIME || t < from || t >= to) {
                continue;
            }
            String type = ev.typeName(i);
            org.glassbox.core.model.EventType et = cb.eventType(type);
            if (EventMix.RULE_TYPES.contains(type) || et != null && "structure".equals(et.category())) {
                continue;
            }
            Side init = null;
            boolean entPart = false;
            boolean ent = false;
            boolean gov = false;
            boolean other = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                Side sd = cb.side(c.actors().get(ev.actorAt(k)).sector());
                if (ev.roleAt(k) == Role.INITIATOR) {
                    init = sd;
                    continue;
                }
                ent |= sd == Side.ENTERPRISE;
                entPart |= sd == Side.ENTERPRISE && ev.roleAt(k) != Role.TARGET;
                gov |= sd == Side.GOVERNMENT;
                other |= sd != Side.ENTERPRISE && sd != Side.GOVERNMENT;
            }
            if (init == null) {
                continue;
            }
            List<EventMix.Channel> chs = new ArrayList<>();
            if (init == Side.GOVERNMENT) {
                if (ent) {
                    chs.add(entPart ? EventMix.Channel.GOVERNMENT_CONTRACT_TO_ENTERPRISE : EventMix.Channel.GOVERNMENT_DIRECTIVE_TO_ENTERPRISE);
                } else if (other && !gov) {
                    chs.add(EventMix.Channel.GOVERNMENT_TO_OTHER);
                } else if (!type.equals("assessment") && !type.equals("inspection")) {
                    chs.add(EventMix.Channel.GOVERNMENT_DIRECTIVE_TO_GOVERNMENT);
                    chs.add(EventMix.Channel.GOVERNMENT_CONTRACT_TO_GOVERNMENT);
                }
            } else if (init == Side.ENTERPRISE) {
                chs.add(EventMix.Channel.ENTERPRISE_INITIATE);
                if (et == null || !et.decision()) {
                    chs.add(EventMix.Channel.ENTERPRISE_EXECUTE);
                }
            } else {
                chs.add(EventMix.Channel.OTHER_TO_GOVERNMENT);
            }
            for (EventMix.Channel ch : chs) {
                counts.computeIfAbsent(ch, x -> new java.util.LinkedHashMap<>()).merge(type, 1, Integer::sum);
            }
        }
        // how often the coders recorded a contract tie's start (end) in the window as an event
        int started = 0;
        int ended = 0;
        for (int i = 0; i < c.ties().size(); i++) {
            Tie t = c.ties().tie(i);
            if (!t.type().equals("contract")) {
                continue;
            }
            started += t.start() != null && t.start().startMillis() >= from && t.start().startMillis() < to ? 1 : 0;
            ended += t.end() != null && t.end().startMillis() >= from && t.end().endMillisExclusive() <= to ? 1 : 0;
        }
        int signedEvents = 0;
        int endedEvents = 0;
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t != EventStore.MISSING_TIME && t >= from && t < to) {
                signedEvents += ev.typeName(i).equals("contract") ? 1 : 0;
                endedEvents += ev.typeName(i).equals("contract-ended") ? 1 : 0;
            }
        }
        return EventMix.estimate(counts, started == 0 ? 1 : Math.min(1, (double) signedEvents / started),
                ended == 0 ? 1 : Math.min(1, (double) endedEvents / ended));
    }

    /**
     * Per phase, of its contract-governed events — the analysis's rule ({@link EmbeddingMeasure#contractGoverned}:
     * an initiator and a non-initiating actor of the other side, government and enterprise, whose ties valid during
     * the event include a contract or equity tie and no command, guidance or supervision tie) — the share in which a
     * binding tie of such a pair started in the phase; NaN for a phase without any. A later phase's dated contract
     * strength is its estimate times this share: the work under contracts signed in earlier phases is the stock rule
     * T1 already carries (a contract in force binds its government for its term), not a constraint the phase's own
     * decisions faced (docs/simulation.md §5, "Dated constraints"). A tie without a start counts as signed before.
     */
    static double[] signedInPhase(Case c, List<Period> phases) {
        Codebook cb = c.codebook();
        EventStore ev = c.events();
        TieTable tt = c.ties();
        char[] side = new char[c.actors().size()];
        for (int i = 0; i < side.length; i++) {
            Side sd = cb.side(c.actors().get(i).sector());
            side[i] = sd == Side.GOVERNMENT ? 'G' : sd == Side.ENTERPRISE ? 'E' : 'O';
        }
        // the ties of each unordered pair, with their axes
        Map<Long, List<Integer>> pairTies = new java.util.HashMap<>();
        Axis[] axis = new Axis[tt.size()];
        for (int q = 0; q < tt.size(); q++) {
            TieType type = cb.tieType(tt.typeName(q));
            axis[q] = type == null ? null : type.axis();
            pairTies.computeIfAbsent(pair(tt.from(q), tt.to(q)), k -> new ArrayList<>()).add(q);
        }
        double[] out = new double[phases.size()];
        for (int ph = 0; ph < phases.size(); ph++) {
            long from = phases.get(ph).start().startMillis();
            long to = phases.get(ph).end().endMillisExclusive();
            int governed = 0;
            int signed = 0;
            for (int i = 0; i < ev.size(); i++) {
                long t = ev.time(i);
                if (t == EventStore.MISSING_TIME || t < from || t >= to) {
                    continue;
                }
                long end = ev.date(i).endMillisExclusive();
                boolean any = false;
                boolean inPhase = false;
                for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                    if (ev.roleAt(k) != Role.INITIATOR) {
                        continue;
                    }
                    int a = ev.actorAt(k);
                    for (int j = ev.actorsFrom(i); j < ev.actorsTo(i); j++) {
                        int b = ev.actorAt(j);
                        if (ev.roleAt(j) == Role.INITIATOR || !((side[a] == 'G' && side[b] == 'E') || (side[a] == 'E' && side[b] == 'G'))) {
                            continue;
                        }
                        List<Integer> ties = pairTies.get(pair(a, b));
                        if (EmbeddingMeasure.contractGoverned(tt, q -> axis[q], ties, t, end)) {
                            any = true;
                            for (int q : ties) {
                                inPhase |= EmbeddingMeasure.binds(axis[q]) && tt.validDuring(q, t, end) && tt.startMillis(q) >= from;
                            }
                        }
                    }
                }
                if (any) {
                    governed++;
                    signed += inPhase ? 1 : 0;
                }
            }
            out[ph] = governed == 0 ? Double.NaN : (double) signed / governed;
        }
        return out;
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static int count(char[] side, char c) {
        int k = 0;
        for (char s : side) {
            k += s == c ? 1 : 0;
        }
        return k;
    }

    /** Fewer events than this under a share of the window (the codebook's minimum of government–enterprise events for a verdict). */
    public static final int THIN_EVENTS = 10;
    /** Fewer first-phase events than this under an initial-state share (the codebook's minimum of decision events). */
    public static final int THIN_FIRST_PHASE = 5;

    /**
     * The estimates that rest on few coded events, in words: a share of the window's government–enterprise
     * interactions (contract strength, subsidy, reputation) or of its events (public participation) over fewer
     * than {@value #THIN_EVENTS}, a contract term from fewer than three ties, the governments' initial strategy share or their
     * propensity over fewer than {@value #THIN_FIRST_PHASE} first-phase events (the enterprises' share is over
     * the case's few enterprises, a population, not a sample of events). The runs play such an
     * estimate as if it were exact; a figure read from them carries its uncertainty (with 4 events a share of ½
     * has a Wilson 95 % interval of 0.15–0.85). Set values and defaults ({@code estimated: false}) are not named.
     */
    public static List<String> cautions(List<Estimate> estimates) {
        Map<String, Estimate> by = new java.util.LinkedHashMap<>();
        Map<String, List<Estimate>> phases = new java.util.LinkedHashMap<>();
        for (Estimate e : estimates) {
            String phase = schedulePhase(e.name());
            if (phase != null) { // a dated constraint, read per phase below
                phases.computeIfAbsent(phase, x -> new ArrayList<>())
                        .add(new Estimate(scheduleKey(e.name()), e.value(), e.estimator(), e.basis(), e.estimated()));
            } else {
                by.put(e.name(), e);
            }
        }
        List<String> out = new ArrayList<>(shareCautions(by, ""));
        thin(by.get(Parameter.PUBLIC_PARTICIPATION.key()), THIN_EVENTS, "events", "", out);
        thin(by.get(Parameter.CONTRACT_TERM.key()), 3, "contract ties", "", out);
        thin(by.get("initial.contractShare"), THIN_FIRST_PHASE, "first-phase government-initiated events with an enterprise", "", out);
        thin(by.get("propensity.government"), THIN_FIRST_PHASE, "first-phase government-side initiations", "", out);
        // the dated constraints the runs play: each phase's estimate over that phase's own events
        phases.forEach((ph, list) -> {
            Map<String, Estimate> own = new java.util.LinkedHashMap<>();
            list.forEach(e -> own.put(e.name(), e));
            String where = "in " + ph + " (a dated constraint): ";
            out.addAll(shareCautions(own, where));
            thin(own.get(Parameter.PUBLIC_PARTICIPATION.key()), THIN_EVENTS, "events of the phase", where, out);
            thin(own.get(Parameter.CONTRACT_TERM.key()), 3, "contract ties of the phase", where, out);
        });
        return out;
    }

    /** Contract strength, subsidy and reputation: shares of the same government–enterprise interactions. */
    private static List<String> shareCautions(Map<String, Estimate> by, String where) {
        List<String> out = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        int basis = 0;
        for (Parameter q : List.of(Parameter.CONTRACT_STRENGTH, Parameter.SUBSIDY, Parameter.REPUTATION)) {
            Estimate e = by.get(q.key());
            if (e != null && e.estimated() && e.basis() < THIN_EVENTS) {
                shares.add(q.key());
                basis = e.basis();
            }
        }
        if (!shares.isEmpty()) {
            out.add(where + String.join(", ", shares) + (shares.size() == 1 ? " rests on " : " rest on ") + basis
                    + " government–enterprise interaction events" + (where.isEmpty() ? "" : " of the phase") + " (fewer than " + THIN_EVENTS + ")");
        }
        return out;
    }

    private static void thin(Estimate e, int minimum, String what, String where, List<String> out) {
        if (e != null && e.estimated() && e.basis() < minimum) {
            out.add(where + e.name() + " rests on " + e.basis() + " " + what + " (fewer than " + minimum + ")");
        }
    }

    static int months(Period p) {
        return months(p, p);
    }

    static int months(Period from, Period to) {
        YearMonth a = YearMonth.of(from.start().year(), Math.max(1, from.start().month()));
        java.time.LocalDate endDay = to.end().endExclusive().minusDays(1);
        YearMonth b = YearMonth.from(endDay);
        return (int) (java.time.temporal.ChronoUnit.MONTHS.between(a, b) + 1);
    }
}
