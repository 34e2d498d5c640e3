package org.glassbox.sim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;

/**
 * One run of the model (docs/simulation.md, "Process overview and scheduling"): the agents, their
 * strategies and ties, stepped month by month by a {@link Schedule} with the run's own generator,
 * recording every event; {@link #toCase()} turns the run into a v1 case. Orderings each month:
 * 0 structure (a dated phase's parameters come into force, contracts end, a joint venture may be founded,
 * a joint venture taken under command stops coordinating, a leading group may be set up, then coordination
 * ties form and dissolve on the governments' chosen strategies), 1 assessments, 2 the agents' initiations (shuffled), 3 payoffs and imitation
 * (synchronous), 4 records. An initiation's event type is drawn from the scenario's {@link EventMix}
 * for its channel. Not thread-safe; one run per instance.
 */
final class Model {
    /** Coordination ties form (dissolve) at this rate per month while contracting governments are (are not) the majority (rule T2). */
    static final double COORDINATION_RATE = 1.0 / 12;
    /** Both shares a joint venture needs before it may be founded (rule T3). */
    static final double JV_THRESHOLD = 0.5;
    /** Event types of joint work that, between a contracted pair with an initiating enterprise, found a data-sharing or cooperation tie (rule T5). */
    static final java.util.Set<String> JOINT_WORK = java.util.Set.of("data-sharing", "joint-team", "co-design");

    private final InitialState s;
    /** The dated constraints: per phase from the first, the parameters in force from its start (the last holds after). */
    private final List<Parameters> schedule;
    /** Month (from the run's start) at which each schedule entry comes into force. */
    private final int[] phaseStart;
    private final Map<String, Map<Parameter, Double>> sectorLevers;
    /** The parameters in force this month, and the stage game (overall and per sector) they give. */
    private Parameters p;
    private Payoffs game;
    private final Map<String, Payoffs> sectorGame = new HashMap<>();
    /** Public participation in force this month for the events each sector's agents initiate (a lever on it), and for the rest. */
    private final Map<String, Double> sectorParticipation = new HashMap<>();
    private int phase = -1;
    private final SplittableRandom rnd;
    private final int months;
    private final int n0;
    private final List<Actor> actors;
    private final List<Character> side = new ArrayList<>();
    private final List<int[]> partners = new ArrayList<>();
    private final List<Double> propensity = new ArrayList<>();
    private int[] strategy;
    private final int[] govs;
    private int[] ents;
    private final int[] publics;
    private final int[] superior;
    /** Per agent, the actors under its command or guidance at the start: the only ones its directives to government go to. */
    private final List<int[]> subordinates = new ArrayList<>();
    private final boolean[] underLineOrOwnership;

    // ties
    private final List<TieRec> ties = new ArrayList<>();
    private final Map<Long, TieRec> contracts = new HashMap<>();
    /** Per agent: contracts in force that it signed (rule T1: a contract binds its government party for its term). */
    private int[] bound;
    /** Government agents bound by a contract whose revision chose directing: they honour their contracts, sign no new one, and direct once the last ends. */
    private final java.util.BitSet leaving = new java.util.BitSet();
    /** {@link #leaving} as it was at the start of this month's learning (what enterprises read; synchronous revision). */
    private java.util.BitSet readLeaving = new java.util.BitSet();
    /**
     * Reassessment after a dated change of constraints: the government agents reassess at ordering 3 of the month
     * the parameters in force change ({@code reassessGovernments}), the enterprise agents at that of the month after
     * ({@code reassessEnterprises}); a change in consecutive months keeps both.
     */
    private boolean reassessGovernments;
    private boolean reassessEnterprises;
    private final Map<Integer, TieRec> coordinationOf = new HashMap<>();
    private final Map<Long, TieRec> layers = new HashMap<>();
    private int coordinator;
    /** The coordinator before a simulated joint venture took the role (rule T3), which resumes it under T3b; -1 when none. */
    private int coordinatorBeforeJv = -1;
    private int jointVenture = -1;
    private boolean jvUnderCommand;

    // events
    private final List<Ev> events = new ArrayList<>();

    /** Monthly shares of contracting governments (x) and initiating enterprises (y). */
    final double[] contractShare;
    final double[] initiateShare;

    static final class TieRec {
        final int from;
        final int to;
        final String type;
        final Tie original;
        final int startMonth;
        int endMonth = -1;

        TieRec(int from, int to, String type, Tie original, int startMonth) {
            this.from = from;
            this.to = to;
            this.type = type;
            this.original = original;
            this.startMonth = startMonth;
        }
    }

    record Ev(String type, int month, int day, int initiator, int[] targets, int[] participants) {
    }

    Model(InitialState s, Parameters p, SplittableRandom rnd) {
        this(s, List.of(p), Map.of(), rnd);
    }

    /**
     * Under dated constraints ({@code schedule}: per phase of {@code s.phases()} from the first, in force from the
     * phase's start; the last entry holds for every later phase) and per-sector levers that replace the phase's
     * value of a parameter in the payoffs of that sector's agents and, for public participation, in the events they
     * initiate (incentives aimed at one type of organisation).
     */
    Model(InitialState s, List<Parameters> schedule, Map<String, Map<Parameter, Double>> sectorLevers, SplittableRandom rnd) {
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("schedule: at least one parameter vector");
        }
        this.s = s;
        this.schedule = List.copyOf(schedule);
        this.sectorLevers = sectorLevers;
        this.phaseStart = new int[Math.min(schedule.size(), s.phases().size())];
        for (int k = 0; k < phaseStart.length; k++) {
            YearMonth from = YearMonth.of(s.phases().get(k).start().year(), Math.max(1, s.phases().get(k).start().month()));
            phaseStart[k] = k == 0 ? 0 : Math.max(phaseStart[k - 1], (int) java.time.temporal.ChronoUnit.MONTHS.between(s.start(), from));
        }
        enterPhase(0);
        this.rnd = rnd;
        this.months = s.months();
        this.n0 = s.actors().size();
        this.actors = new ArrayList<>(s.actors());
        int n = n0;
        strategy = new int[n];
        List<Integer> g = new ArrayList<>();
        List<Integer> e = new ArrayList<>();
        List<Integer> pub = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            side.add(s.side()[i]);
            partners.add(s.partners()[i]);
            propensity.add(s.propensity()[i]);
            if (s.side()[i] == 'G') {
                g.add(i);
            } else if (s.side()[i] == 'E') {
                e.add(i);
            } else if ("public".equals(s.actors().get(i).sector())) {
                pub.add(i);
            }
            // initial strategies: one draw per government and enterprise agent, in actor order
            if (s.side()[i] != 'O') {
                strategy[i] = rnd.nextDouble() < s.cooperative()[i] ? 1 : 0;
            }
        }
        govs = g.stream().mapToInt(Integer::intValue).toArray();
        ents = e.stream().mapToInt(Integer::intValue).toArray();
        publics = pub.stream().mapToInt(Integer::intValue).toArray();
        superior = new int[n];
        bound = new int[n];
        Arrays.fill(superior, -1);
        underLineOrOwnership = new boolean[n];
        Map<String, Integer> code = new HashMap<>();
        for (int i = 0; i < n; i++) {
            code.put(s.actors().get(i).id(), i);
        }
        List<List<Integer>> subs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            subs.add(new ArrayList<>());
        }
        for (Tie t : s.ties()) {
            Integer a = code.get(t.from());
            Integer b = code.get(t.to());
            if (a == null || b == null) {
                continue;
            }
            TieRec r = new TieRec(a, b, t.type(), t, -1);
            ties.add(r);
            switch (t.type()) {
                case "command" -> {
                    superior[b] = a;
                    subs.get(a).add(b);
                    underLineOrOwnership[b] = true;
                }
                case "guidance" -> subs.get(a).add(b); // functional guidance: directives without line authority
                case "equity" -> underLineOrOwnership[b] = true;
                case "contract" -> {
                    if (contracts.put(key(a, b), r) == null) {
                        bound[a]++;
                    }
                }
                case "coordination" -> coordinationOf.put(b, r);
                default -> {
                }
            }
        }
        for (List<Integer> l : subs) {
            subordinates.add(l.stream().mapToInt(Integer::intValue).toArray());
        }
        // contracts that were in force at the start run out within one term (rule T1)
        int term = termMonths();
        for (TieRec r : contracts.values()) {
            r.endMonth = 1 + rnd.nextInt(term);
        }
        coordinator = s.coordinator();
        contractShare = new double[months];
        initiateShare = new double[months];
    }

    /** Puts schedule entry k in force: the parameters, the stage game and the sectors' games. */
    private void enterPhase(int k) {
        phase = k;
        p = schedule.get(k);
        game = Payoffs.of(p);
        sectorGame.clear();
        sectorParticipation.clear();
        for (Map.Entry<String, Map<Parameter, Double>> e : sectorLevers.entrySet()) {
            Parameters q = p;
            for (Map.Entry<Parameter, Double> l : e.getValue().entrySet()) {
                q = q.with(l.getKey(), l.getValue());
            }
            sectorGame.put(e.getKey(), Payoffs.of(q));
            sectorParticipation.put(e.getKey(), q.get(Parameter.PUBLIC_PARTICIPATION));
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private int termMonths() {
        return Math.max(1, (int) Math.round(p.get(Parameter.CONTRACT_TERM) * 12));
    }

    /** The current cross-cutting coordinator (an actor code), or −1: read by tests of T3b's hand-back. */
    int coordinator() {
        return coordinator;
    }

    /** Runs every month of the horizon. */
    Model run() {
        Schedule sched = new Schedule(rnd);
        sched.add(0, false, this::structure);
        sched.add(1, false, this::assessments);
        for (int i = 0; i < n0 + 2; i++) { // two spare slots for a founded leading group and joint venture
            int a = i;
            sched.add(2, true, m -> {
                if (a < actors.size()) {
                    initiate(a, m);
                }
            });
        }
        sched.add(3, false, this::learn);
        sched.add(4, false, this::record);
        for (int m = 0; m < months; m++) {
            sched.step();
        }
        return this;
    }

    // ------------------------------------------------------------------ ordering 0: ties (rules T1–T4)

    private void structure(int m) {
        // dated constraints: the next phase's parameters come into force in the month it starts; a change after the
        // first month is reassessed (a phase starting with the runs is their initial constraints, not a change)
        Parameters inForce = p;
        while (phase + 1 < phaseStart.length && phaseStart[phase + 1] <= m) {
            enterPhase(phase + 1);
        }
        if (m > 0 && !p.equals(inForce)) {
            reassessGovernments = true;
        }
        for (TieRec r : new ArrayList<>(contracts.values())) {
            if (r.endMonth >= 0 && r.endMonth <= m) {
                contracts.remove(key(r.from, r.to));
                bound[r.from]--;
                layers.values().removeIf(l -> l.from == r.from && l.to == r.to && l.endMonth <= m);
                if (rnd.nextDouble() < s.mix().endRecorded()) {
                    event("contract-ended", m, r.from, new int[] {r.to}, new int[0]);
                }
            }
        }
        // T1: a government agent that chose directing while bound directs once its last contract has ended
        for (int g = leaving.nextSetBit(0); g >= 0; g = leaving.nextSetBit(g + 1)) {
            if (bound[g] == 0) {
                strategy[g] = Payoffs.DIRECTIVE;
                leaving.clear(g);
            }
        }
        double x = share(govs);
        double y = share(ents);
        // T3: a joint venture, when both sides have moved to cooperation
        if (jointVenture < 0 && x >= JV_THRESHOLD && y >= JV_THRESHOLD && hasNoJointVenture() && rnd.nextDouble() < COORDINATION_RATE) {
            foundJointVenture(m);
        }
        // T3b: a simulated joint venture is taken under its government owner's command once directing prevails
        if (jointVenture >= 0 && !jvUnderCommand && x < JV_THRESHOLD && rnd.nextDouble() < COORDINATION_RATE) {
            ties.add(new TieRec(s.head(), jointVenture, "command", null, m));
            superiorOfJv(m);
        }
        // T4: a leading group, when contracting governments need a coordinator and there is none
        if (coordinator < 0 && x >= JV_THRESHOLD && rnd.nextDouble() < COORDINATION_RATE) {
            int lg = addActor(new Actor("sim-leading-group", "Leading group (simulated)", null, "government",
                    s.actors().get(s.head()).level(), "coordination", date(m), null, Map.of()), 'G', new int[] {s.head()}, 0,
                    Payoffs.CONTRACT);
            ties.add(new TieRec(s.head(), lg, "command", null, m));
            partners.set(s.head(), append(partners.get(s.head()), lg));
            event("leading-group-formed", m, s.head(), new int[] {lg}, new int[0]);
            coordinator = lg;
        }
        // T2: coordination ties into actors under a line or ownership superior, while the governments' chosen
        // strategies (a bound government that chose directing counts as directing) are mostly contracting
        x = contractingShare(leaving);
        // T4b: once directing prevails, the head ends a government coordinator's (a leading group's) coordination:
        // its ties end together, as an organisational act, not tie by tie — while it holds any
        int lg = coordinator;
        if (lg >= 0 && lg != jointVenture && side.get(lg) == 'G' && x < JV_THRESHOLD
                && coordinationOf.values().stream().anyMatch(t -> t.from == lg) && rnd.nextDouble() < COORDINATION_RATE) {
            endCoordinationFrom(lg, m);
            event("org-restructured", m, s.head(), new int[] {lg}, new int[0]);
        }
        if (coordinator >= 0) {
            for (int i = 0; i < n0; i++) {
                if (!underLineOrOwnership[i] || i == coordinator) {
                    continue;
                }
                TieRec c = coordinationOf.get(i);
                if (c == null) {
                    if (x >= JV_THRESHOLD && rnd.nextDouble() < COORDINATION_RATE) {
                        TieRec r = new TieRec(coordinator, i, "coordination", null, m);
                        ties.add(r);
                        coordinationOf.put(i, r);
                    }
                } else if (x < JV_THRESHOLD && rnd.nextDouble() < COORDINATION_RATE) {
                    c.endMonth = m;
                    coordinationOf.remove(i);
                }
            }
        }
    }

    private void superiorOfJv(int m) {
        jvUnderCommand = true;
        if (coordinator == jointVenture) { // an operator under command no longer coordinates across departments
            endCoordinationFrom(jointVenture, m);
            coordinator = coordinatorBeforeJv;
        }
        event("org-restructured", m, s.head(), new int[] {jointVenture}, new int[0]);
    }

    /** Ends, in month {@code m}, every coordination tie that {@code from} holds (T3b, T4b). */
    private void endCoordinationFrom(int from, int m) {
        for (java.util.Iterator<TieRec> it = coordinationOf.values().iterator(); it.hasNext(); ) {
            TieRec c = it.next();
            if (c.from == from) {
                c.endMonth = m;
                it.remove();
            }
        }
    }

    private boolean hasNoJointVenture() {
        for (Actor a : s.actors()) {
            if ("joint-venture".equals(a.sector())) {
                return false;
            }
        }
        return s.anchorEnterprise() >= 0;
    }

    private void foundJointVenture(int m) {
        int head = s.head();
        int anchor = s.anchorEnterprise();
        int jv = addActor(new Actor("sim-joint-venture", "Joint-venture operator (simulated)", null, "joint-venture", "none",
                "operator", date(m), null, Map.of()), 'E', new int[] {head}, propensity.get(anchor), Payoffs.INITIATE);
        jointVenture = jv;
        ents = append(ents, jv); // the operator learns like every enterprise agent
        ties.add(new TieRec(head, jv, "equity", null, m));
        ties.add(new TieRec(anchor, jv, "equity", null, m));
        TieRec c = new TieRec(head, jv, "contract", null, m);
        c.endMonth = m + termMonths();
        ties.add(c);
        contracts.put(key(head, jv), c);
        bound[head]++;
        partners.set(head, append(partners.get(head), jv));
        event("joint-venture-founded", m, head, new int[] {jv}, new int[] {anchor});
        coordinatorBeforeJv = coordinator;
        coordinator = jv;
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    private int addActor(Actor a, char sd, int[] partnersOf, double prop, int strat) {
        strategy = Arrays.copyOf(strategy, actors.size() + 1);
        bound = Arrays.copyOf(bound, actors.size() + 1);
        strategy[actors.size()] = strat;
        actors.add(a);
        side.add(sd);
        partners.add(partnersOf);
        propensity.add(prop);
        return actors.size() - 1;
    }

    // ------------------------------------------------------------------ ordering 1: assessments

    private void assessments(int m) {
        double perMonth = p.get(Parameter.ADMINISTRATIVE_PRESSURE) / 12;
        for (int g : govs) {
            if (superior[g] >= 0 && rnd.nextDouble() < perMonth) {
                event(rnd.nextBoolean() ? "assessment" : "inspection", m, superior[g], new int[] {g}, new int[0]);
            }
        }
    }

    // ------------------------------------------------------------------ ordering 2: initiations

    private void initiate(int a, int m) {
        char sd = side.get(a);
        double lambda = propensity.get(a) * p.get(Parameter.ACTIVITY);
        if (sd == 'E' && strategy[a] == Payoffs.EXECUTE) {
            lambda *= s.executePropensity();
        }
        int k = poisson(lambda);
        for (int j = 0; j < k; j++) {
            switch (sd) {
                case 'G' -> governmentEvent(a, m);
                case 'E' -> enterpriseEvent(a, m);
                default -> otherEvent(a, m);
            }
        }
    }

    private void governmentEvent(int g, int m) {
        double u = rnd.nextDouble();
        int[] ps = partners.get(g);
        if (u < s.toEnterprise() && ents.length > 0) {
            int e = partnerOfSide(ps, 'E');
            if (e < 0) {
                e = ents[rnd.nextInt(ents.length)];
            }
            TieRec c = contracts.get(key(g, e));
            // a government leaving contracting works under the contracts it has and signs no new one (T1)
            if (strategy[g] == Payoffs.CONTRACT && !(c == null && leaving.get(g))) {
                if (c == null) { // T1: a contracting government signs a contract before working with a partner
                    sign(g, e, m, termMonths());
                    if (rnd.nextDouble() < s.mix().contractRecorded()) {
                        event("contract", m, g, new int[] {e}, new int[0]);
                        return;
                    } // a signing the coders would not have recorded: the initiation is the work under the contract
                }
                // work under the contract: the contractor takes part, whatever its strategy — the channel is estimated
                // from the coded government-initiated events an enterprise takes part in (Calibration.mix)
                String type = s.mix().draw(EventMix.Channel.GOVERNMENT_CONTRACT_TO_ENTERPRISE, rnd);
                event(type, m, g, new int[0], new int[] {e});
                if (strategy[e] == Payoffs.INITIATE && JOINT_WORK.contains(type)) {
                    layer(g, e, type.equals("data-sharing") ? "data-sharing" : "cooperation", m);
                }
            } else {
                String type = s.mix().draw(EventMix.Channel.GOVERNMENT_DIRECTIVE_TO_ENTERPRISE, rnd);
                if (type.equals("procurement") && c == null && rnd.nextDouble() < p.get(Parameter.CONTRACT_STRENGTH)) {
                    sign(g, e, m, 12); // T1: procurement under directives yields a one-year contract with probability c
                }
                event(type, m, g, new int[] {e}, new int[0]);
            }
        } else if (u < s.toEnterprise() + s.toOther() && (publics.length > 0 || partnerOfSide(ps, 'O') >= 0)) {
            int o = partnerOfSide(ps, 'O');
            if (o < 0) {
                o = publics[rnd.nextInt(publics.length)];
            }
            event(s.mix().draw(EventMix.Channel.GOVERNMENT_TO_OTHER, rnd), m, g, new int[] {o}, new int[0]);
        } else {
            int t = partnerOfSide(ps, 'G');
            String type = s.mix().draw(strategy[g] == Payoffs.CONTRACT ? EventMix.Channel.GOVERNMENT_CONTRACT_TO_GOVERNMENT
                    : EventMix.Channel.GOVERNMENT_DIRECTIVE_TO_GOVERNMENT, rnd);
            int by = g;
            if (type.equals("directive")) {
                if (subordinates.get(g).length > 0) {
                    t = subordinates.get(g)[rnd.nextInt(subordinates.get(g).length)];
                } else if (superior[g] >= 0) { // no one to direct: the directive comes down to it from its line superior
                    by = superior[g];
                    t = g;
                } else { // neither under nor over anyone: it does not direct its peers
                    type = s.mix().drawExcept(strategy[g] == Payoffs.CONTRACT ? EventMix.Channel.GOVERNMENT_CONTRACT_TO_GOVERNMENT
                            : EventMix.Channel.GOVERNMENT_DIRECTIVE_TO_GOVERNMENT, "directive", rnd);
                }
            }
            if (by == g && (t < 0 || t == g)) {
                t = govs[rnd.nextInt(govs.length)];
            }
            int[] part = new int[0];
            if (strategy[g] == Payoffs.CONTRACT && ents.length > 0 && rnd.nextDouble() < s.invite()) {
                int e = partnerOfSide(ps, 'E');
                part = new int[] {e >= 0 ? e : ents[rnd.nextInt(ents.length)]};
            }
            event(type, m, by, t == by ? new int[0] : new int[] {t}, part);
        }
    }

    private void enterpriseEvent(int e, int m) {
        int g = partnerOfSide(partners.get(e), 'G');
        if (g < 0) {
            g = s.head();
        }
        String type = s.mix().draw(strategy[e] == Payoffs.INITIATE ? EventMix.Channel.ENTERPRISE_INITIATE : EventMix.Channel.ENTERPRISE_EXECUTE, rnd);
        event(type, m, e, new int[] {g}, new int[0]);
        if (strategy[e] == Payoffs.INITIATE && JOINT_WORK.contains(type)) { // T5, whichever side proposes the joint work
            layer(g, e, type.equals("data-sharing") ? "data-sharing" : "cooperation", m);
        }
    }

    private void otherEvent(int o, int m) {
        int g = partnerOfSide(partners.get(o), 'G');
        if (g < 0) {
            g = s.head();
        }
        event(s.mix().draw(EventMix.Channel.OTHER_TO_GOVERNMENT, rnd), m, o, new int[] {g}, new int[0]);
    }

    /** T5: joint work between a contracted pair adds a data-sharing or cooperation tie (once), ending with the contract. */
    private void layer(int g, int e, String type, int m) {
        long k = key(g, e) ^ ((long) type.hashCode() << 16);
        if (layers.containsKey(k) || !contracts.containsKey(key(g, e))) {
            return;
        }
        TieRec r = new TieRec(g, e, type, null, m);
        r.endMonth = contracts.get(key(g, e)).endMonth;
        ties.add(r);
        layers.put(k, r);
    }

    private void sign(int g, int e, int m, int termMonths) {
        TieRec r = new TieRec(g, e, "contract", null, m);
        r.endMonth = m + termMonths;
        ties.add(r);
        contracts.put(key(g, e), r);
        bound[g]++;
    }

    private int partnerOfSide(int[] ps, char want) {
        int count = 0;
        for (int q : ps) {
            if (side.get(q) == want) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int k = rnd.nextInt(count);
        for (int q : ps) {
            if (side.get(q) == want && k-- == 0) {
                return q;
            }
        }
        return -1;
    }


    private int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double prod = rnd.nextDouble();
        while (prod > l) {
            k++;
            prod *= rnd.nextDouble();
        }
        return k;
    }

    /**
     * Records an event; a government-initiated one gains a public participant with the probability of public
     * participation in force for its initiator's sector (a lever aimed at that sector opens its own events, not the
     * others').
     */
    private void event(String type, int m, int initiator, int[] targets, int[] participants) {
        int[] part = participants;
        if (publics.length > 0 && side.get(initiator) == 'G'
                && rnd.nextDouble() < sectorParticipation.getOrDefault(actors.get(initiator).sector(), p.get(Parameter.PUBLIC_PARTICIPATION))) {
            int pub = publics[rnd.nextInt(publics.length)];
            if (!contains(targets, pub) && !contains(participants, pub)) {
                part = Arrays.copyOf(participants, participants.length + 1);
                part[participants.length] = pub;
            }
        }
        events.add(new Ev(type, m, rnd.nextInt(28), initiator, targets, part));
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ ordering 3: payoffs and imitation

    /**
     * Proportional imitation (Schlag 1998), synchronous: every agent's payoff is computed from the
     * strategies at the start of the ordering, each government (enterprise) agent revises with
     * probability ρ, then with probability μ takes a random strategy, else compares itself with one
     * uniformly drawn member of its own population and adopts that member's strategy with
     * probability (π_other − π_own)⁺ / Δ, Δ the population's payoff range. All changes apply at once.
     * An enterprise's payoff reads a government that chose directing while still bound by a contract
     * (rule T1) as directing: it knows the contract will not be renewed. Reassessment after a dated change
     * ({@link #reassessGovernments}): in the month a phase with different parameters comes into force every government
     * agent revises — no draw against ρ, no mutation — by comparing itself with its other strategy (as an agent
     * that draws itself does), the month after every enterprise agent does the same.
     */
    private void learn(int m) {
        readLeaving = (java.util.BitSet) leaving.clone(); // synchronous: enterprises read the governments' choices of the month's start
        double[] pay = new double[strategy.length];
        for (int g : govs) {
            pay[g] = governmentPayoff(g, strategy[g]);
        }
        for (int e : ents) {
            pay[e] = enterprisePayoff(e, strategy[e]);
        }
        int[] next = strategy.clone();
        double gr = game.governmentRange();
        double er = game.enterpriseRange();
        for (Payoffs q : sectorGame.values()) {
            gr = Math.max(gr, q.governmentRange());
            er = Math.max(er, q.enterpriseRange());
        }
        revise(govs, pay, next, gr, true, reassessGovernments);
        revise(ents, pay, next, er, false, reassessEnterprises);
        strategy = next;
        reassessEnterprises = reassessGovernments;
        reassessGovernments = false;
    }

    private void revise(int[] pop, double[] pay, int[] next, double range, boolean governments, boolean reassessing) {
        double rho = p.get(Parameter.REVISION_RATE);
        double mu = p.get(Parameter.MUTATION);
        for (int i : pop) {
            if (!reassessing && rnd.nextDouble() >= rho) {
                continue;
            }
            int v;
            if (!reassessing && rnd.nextDouble() < mu) {
                v = rnd.nextInt(2);
            } else {
                // reassessing after a dated change, every agent compares itself with its other strategy (as if drawing itself)
                int j = reassessing ? i : pop[rnd.nextInt(pop.length)];
                double gain;
                if (j == i) {
                    // drawing itself, an agent compares what its chosen strategy and its other one would earn against the
                    // same partners (a bound government that chose directing compares directing with contracting again)
                    int own = governments && leaving.get(i) ? Payoffs.DIRECTIVE : strategy[i];
                    v = 1 - own;
                    gain = (governments ? governmentPayoff(i, v) : enterprisePayoff(i, v)) - (own == strategy[i] ? pay[i] : governmentPayoff(i, own));
                } else {
                    v = strategy[j];
                    gain = pay[j] - pay[i];
                }
                if (!(gain > 0 && rnd.nextDouble() < gain / range)) {
                    continue;
                }
            }
            if (governments && v == Payoffs.DIRECTIVE && strategy[i] == Payoffs.CONTRACT && bound[i] > 0) {
                leaving.set(i); // T1: bound by its contracts until the last ends
            } else {
                next[i] = v;
                if (v == Payoffs.CONTRACT) {
                    leaving.clear(i);
                }
            }
        }
    }

    private Payoffs gameOf(int agent) {
        return sectorGame.isEmpty() ? game : sectorGame.getOrDefault(actors.get(agent).sector(), game);
    }

    /** Government agent g's payoff playing {@code own} against its enterprise partners (the population share y when it has none). */
    private double governmentPayoff(int g, int own) {
        Payoffs game = gameOf(g);
        double sum = 0;
        int k = 0;
        for (int q : partners.get(g)) {
            if (side.get(q) == 'E' && q < strategy.length) {
                sum += game.government(own, strategy[q]);
                k++;
            }
        }
        double y = share(ents);
        return k > 0 ? sum / k : (1 - y) * game.government(own, Payoffs.EXECUTE) + y * game.government(own, Payoffs.INITIATE);
    }

    /** Enterprise agent e's payoff playing {@code own} against its government partners (the population share x when it has none). */
    private double enterprisePayoff(int e, int own) {
        Payoffs game = gameOf(e);
        double sum = 0;
        int k = 0;
        for (int q : partners.get(e)) {
            if (side.get(q) == 'G') {
                sum += game.enterprise(announced(q), own);
                k++;
            }
        }
        double x = contractingShare(readLeaving);
        return k > 0 ? sum / k : (1 - x) * game.enterprise(Payoffs.DIRECTIVE, own) + x * game.enterprise(Payoffs.CONTRACT, own);
    }

    /** What an enterprise reads of government agent g: its chosen strategy — directive once it chose directing, even while bound (T1). */
    private int announced(int g) {
        return readLeaving.get(g) ? Payoffs.DIRECTIVE : strategy[g];
    }

    /**
     * The share of government agents whose chosen strategy is contracting, one in {@code chose} (bound but having
     * chosen directing, rule T1) counting as directing: on {@link #leaving}, the choices as they are now (T2); on
     * {@link #readLeaving}, as enterprises read them this month ({@link #announced}).
     */
    private double contractingShare(java.util.BitSet chose) {
        if (govs.length == 0) {
            return 0;
        }
        int c = 0;
        for (int g : govs) {
            c += strategy[g] == Payoffs.CONTRACT && !chose.get(g) ? 1 : 0;
        }
        return (double) c / govs.length;
    }

    private double share(int[] pop) {
        if (pop.length == 0) {
            return 0;
        }
        int c = 0;
        for (int i : pop) {
            c += strategy[i];
        }
        return (double) c / pop.length;
    }

    // ------------------------------------------------------------------ ordering 4: records

    private void record(int m) {
        contractShare[m] = share(govs);
        initiateShare[m] = share(ents);
    }

    // ------------------------------------------------------------------ the run as a case

    private PartialDate date(int m) {
        YearMonth ym = s.start().plusMonths(m);
        return PartialDate.ofMonth(ym.getYear(), ym.getMonthValue());
    }

    private PartialDate day(int m, int d) {
        YearMonth ym = s.start().plusMonths(m);
        return PartialDate.of(LocalDate.of(ym.getYear(), ym.getMonthValue(), 1 + d));
    }

    int eventCount() {
        return events.size();
    }

    /** The run as a valid v1 case: the agents, the initial and formed ties, the events in time order, the phases. */
    Case toCase(String id, long seed) {
        return toCase(id, seed, s.caseId());
    }

    /** The run as a case; {@code from} names what it was calibrated from (a case id, or {@code preset:P}). */
    Case toCase(String id, long seed, String from) {
        List<Tie> out = new ArrayList<>();
        int k = 0;
        for (TieRec r : ties) {
            PartialDate start = r.original != null ? r.original.start() : date(r.startMonth);
            PartialDate end = null;
            if (r.endMonth >= 0 && r.endMonth < months) {
                end = date(Math.max(r.startMonth, r.endMonth - 1));
                if (start != null && end.definitelyBefore(start)) {
                    end = start;
                }
            }
            String tid = r.original != null ? r.original.id() : "sim-t" + (++k);
            out.add(new Tie(tid, actors.get(r.from).id(), actors.get(r.to).id(), r.type, start, end, "sim", Map.of()));
        }
        Integer[] order = new Integer[events.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            Ev x = events.get(a);
            Ev y = events.get(b);
            int c = Integer.compare(x.month(), y.month());
            return c != 0 ? c : c == 0 && x.day() != y.day() ? Integer.compare(x.day(), y.day()) : Integer.compare(a, b);
        });
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        int n = 0;
        for (Integer i : order) {
            Ev e = events.get(i);
            b.add("sim-e" + (++n), e.type(), day(e.month(), e.day()));
            b.actor(e.initiator(), Role.INITIATOR);
            for (int t : e.targets()) {
                b.actor(t, Role.TARGET);
            }
            for (int q : e.participants()) {
                b.actor(q, Role.PARTICIPANT);
            }
            b.attribute(EventStore.SOURCE, "sim");
        }
        PartialDate first = date(0);
        PartialDate last = date(months - 1);
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        // case.yaml keys beyond the format's are kept flat (key.sub: value), as a case folder round-trips them
        extra.put("simulated.from", from);
        extra.put("simulated.seed", Long.toString(seed));
        schedule.get(0).asMap().forEach((name, v) -> extra.put("simulated.parameters." + name, Parameters.num(v)));
        if (phaseStart.length > 1) {
            for (int q = 0; q < phaseStart.length; q++) {
                String ph = s.phases().get(q).id();
                schedule.get(q).asMap().forEach((name, v) -> extra.put("simulated.parameterSchedule." + ph + "." + name, Parameters.num(v)));
            }
        }
        CaseInfo info = new CaseInfo(id, s.caseName() + " (simulated run)", null, null, null, first.year(), last.year(),
                s.phases(), "A run of the Glassbox simulation (docs/simulation.md), not observed data.", extra);
        return Case.of(info, actors, out, b.build(), List.of(), List.of(new Source("sim",
                "Glassbox simulation run, seed " + seed, "document", null, null, null, Map.of())), s.codebook());
    }
}
