package org.glassbox.core.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;

/**
 * Synthetic cases, pure and seeded (two {@link SplittableRandom} streams from the seed: one for
 * what both processes share exactly — dates, event types, coded mechanisms, objects — so that a
 * seed gives both processes the very same events to assign actors to; one for everything else.
 * The same options give the same case). Two uses: large valid cases for load and analysis benchmarks (a million events
 * and fifty thousand actors in about a second), and cases drawn from a stated
 * {@link GeneratingProcess} with known ground truth, for measuring how often the analyses recover
 * it.
 *
 * <h2>What both processes share</h2>
 * <ul>
 * <li><b>Actors.</b> A party committee, a government head, a data agency, a leading group
 * (function {@code coordination}), a joint venture (function {@code operator}) and a state-asset
 * agency, then sectors in fixed shares: government 45 %, public institutions 8 %, party 2 %,
 * state-owned 5 %, private 25 %, academic 5 %, social organisations 4 %, public 5 % (at least one
 * of each enterprise kind and of the public). Government and public institutions form one
 * command tree (branching 6, the party committee above the head), so each has one line superior;
 * state-owned enterprises are owned (equity) by the asset agency; the joint venture by the head
 * and one state-owned enterprise.</li>
 * <li><b>Interaction partners.</b> Each government actor has its superior, two subordinates, two
 * random peers and three enterprise partners (its contractors: a {@code contract} tie client →
 * contractor); each enterprise's government partners are its clients; other actors have four
 * government partners. Events pick their actors from these lists, which gives about ten distinct
 * interaction partners per actor.</li>
 * <li><b>Events.</b> Counts per year grow by half over the period; dates are uniform in the year,
 * 75 % known to the day, 15 % to the month, 10 % to the year. Types are drawn from ONE
 * distribution (weights in {@link #TYPE_WEIGHTS}; administrative types gain 30 % weight from the
 * first to the last phase, in both processes); 5 % of events carry a coded mechanism, drawn the
 * same way. 45 % of events are government–enterprise interactions, 35 % within government, 20 %
 * with academic, social or public actors. Authority acts (directive, approval, assessment,
 * inspection, pilot-assigned, evaluation) are always initiated by government.</li>
 * <li><b>Phases.</b> Three (fewer for shorter periods): early, middle, late.</li>
 * </ul>
 *
 * <h2>Where they differ (early / middle / late phase)</h2>
 * <table>
 * <caption>Process parameters</caption>
 * <tr><th></th><th>administrative</th><th>market</th></tr>
 * <tr><td>enterprise initiates a non-authority government–enterprise interaction</td>
 *     <td>0.45 / 0.40 / 0.05</td><td>0.45 / 0.70 / 0.90</td></tr>
 * <tr><td>an enterprise partner takes part in a government-initiated decision event</td>
 *     <td>0.50 / 0.40 / 0.03</td><td>0.50 / 0.70 / 0.85</td></tr>
 * <tr><td>contract tie</td><td>starts in the first half, lasts 1–2 years</td>
 *     <td>starts in the first third, open-ended</td></tr>
 * <tr><td>guidance tie, data agency → each upper government unit</td><td>0.8</td><td>0.1</td></tr>
 * <tr><td>supervision tie beside a contract, client → contractor, valid as the contract</td><td>0.9</td><td>0.1</td></tr>
 * <tr><td>coordination tie, leading group → actor with a line or ownership superior</td><td>0.04</td><td>0.10</td></tr>
 * <tr><td>coordination tie, joint venture → such an actor (when the leading group does not)</td><td>0</td><td>0.45</td></tr>
 * <tr><td>data-sharing / cooperation tie beside a contract</td><td>0.02 / 0</td><td>0.15 / 0.08</td></tr>
 * </table>
 * So the administrative process gives unity of command (about 95 % of actors under authority
 * have one superior, under 5 % dual authority: linear-functional), embedding that is high early
 * and collapses in the last phase while government initiates everything (de-embedded), contracts
 * that run under the client's supervision (not "contract rather than directive", methods.md), and the
 * administrative model; the market process gives about half of those actors a cross-cutting
 * coordinator beside their line or ownership superior, mostly the joint-venture operator (matrix,
 * formed over the first half: the market-integrated matrix of FRAMEWORK.md's "Evidence weight"),
 * reciprocity and co-decision rising to the end under open-ended, unsupervised contracts
 * (inter-embedded) and the market model. (Until 2026-12-02 the market process's coordinator was
 * mostly the leading group and no contract was supervised: the analysis's amended rules — who
 * creates dual authority, standing contracts as evidence — then read the generator's own processes
 * against their ground truth; the two probabilities were set from FRAMEWORK.md, not fitted.)
 *
 * <p><b>Noise</b> in [0, 1] is the probability that each initiator choice, each participant
 * choice and each optional tie (guidance, coordination, contract duration, supervision, data-sharing,
 * cooperation) is drawn with the other process's parameters; at 0.5 both processes coincide.
 * With no process ({@code null}), each choice is drawn from either process with probability ½.
 * The ground truth is recorded in case.yaml's extra keys: {@code generated.process},
 * {@code generated.noise}, {@code generated.seed}, and the verdicts the process implies,
 * {@code generated.expected.structure}, {@code generated.expected.trajectory},
 * {@code generated.expected.model}.
 *
 * <p>Complexity O(events + actors) time and memory (the case itself).
 */
public final class CaseGenerator {

    /**
     * What to generate.
     *
     * @param process null for a mix of both processes (benchmarks)
     * @param noise   probability of each choice being drawn from the other process, in [0, 1]
     */
    public record Options(int events, int actors, long seed, int years, int startYear,
                          GeneratingProcess process, double noise) {
        public Options {
            if (events < 0) {
                throw new IllegalArgumentException("events must be ≥ 0: " + events);
            }
            if (actors < MIN_ACTORS) {
                throw new IllegalArgumentException("actors must be ≥ " + MIN_ACTORS + ": " + actors);
            }
            if (years < 1 || years > 200) {
                throw new IllegalArgumentException("years must be in 1..200: " + years);
            }
            if (startYear < 1000 || startYear + years > 9999) {
                throw new IllegalArgumentException("start year out of range: " + startYear);
            }
            if (!(noise >= 0 && noise <= 1)) {
                throw new IllegalArgumentException("noise must be in [0, 1]: " + noise);
            }
        }

        /** {@code events} events among {@code actors} actors; seed 1, 8 years from 2015, mixed process, no noise. */
        public static Options of(int events, int actors) {
            return new Options(events, actors, 1, 8, 2015, null, 0);
        }

        public Options withSeed(long s) {
            return new Options(events, actors, s, years, startYear, process, noise);
        }

        public Options withYears(int y) {
            return new Options(events, actors, seed, y, startYear, process, noise);
        }

        public Options withStartYear(int y) {
            return new Options(events, actors, seed, years, y, process, noise);
        }

        public Options withProcess(GeneratingProcess p) {
            return new Options(events, actors, seed, years, startYear, p, noise);
        }

        public Options withNoise(double n) {
            return new Options(events, actors, seed, years, startYear, process, n);
        }
    }

    /** Fewest actors a case can have (one of each fixed role and sector). */
    public static final int MIN_ACTORS = 12;

    /** The one event-type distribution both processes draw from (relative weights). */
    public static final Map<String, Double> TYPE_WEIGHTS = typeWeights();

    static final Set<String> AUTHORITY_ACTS = Set.of("directive", "approval", "assessment", "inspection",
            "pilot-assigned", "evaluation");

    // fixed actor codes
    static final int PARTY = 0;
    static final int HEAD = 1;
    static final int DATA_AGENCY = 2;
    static final int LEADING_GROUP = 3;
    static final int JOINT_VENTURE = 4;
    static final int ASSET_AGENCY = 5;
    private static final int FIRST_FREE = 10;

    private static final String[] SECTORS = {"government", "public-institution", "party", "state-owned-enterprise",
        "private-enterprise", "academic", "social-organization", "public"};
    private static final double[] SECTOR_SHARE = {0.45, 0.08, 0.02, 0.05, 0.25, 0.05, 0.04, 0.05};
    private static final String[] PREFIX = {"gov", "pi", "party", "soe", "ent", "aca", "org", "public"};

    // process parameters: [process][phase position: early, middle, late]
    private static final double[][] P_ENT_INITIATES = {{0.45, 0.40, 0.05}, {0.45, 0.70, 0.90}};
    private static final double[][] P_CO_DECIDES = {{0.50, 0.40, 0.03}, {0.50, 0.70, 0.85}};
    private static final double[] P_GUIDANCE = {0.8, 0.1};
    private static final double[] P_COORD_LEADING_GROUP = {0.04, 0.10};
    private static final double[] P_COORD_JV = {0.0, 0.45};
    private static final double[] P_SUPERVISED = {0.9, 0.1};
    private static final double[] P_DATA_TIE = {0.02, 0.15};
    private static final double[] P_COOPERATION_TIE = {0.0, 0.08};
    private static final int BRANCHING = 6;
    private static final int ENT_PARTNERS = 3;

    private final Options o;
    private final SplittableRandom rnd;
    /** A second stream for what both processes share exactly (dates, types, coded mechanisms, objects). */
    private final SplittableRandom shared;
    private final Codebook codebook = Codebook.defaults();

    private final List<Actor> actors = new ArrayList<>();
    private String[] sectorOf;
    private int[] govList;
    private int[] entList;
    private int[] otherList;
    private int[] superior;
    private int[][] govPartners;
    private int[][] entPartners;
    private int[][] subordinates;
    private final List<Tie> ties = new ArrayList<>();

    private CaseGenerator(Options o) {
        this.o = Objects.requireNonNull(o, "options");
        this.rnd = new SplittableRandom(o.seed());
        this.shared = new SplittableRandom(o.seed() ^ 0x5DEECE66DL);
    }

    /** A valid case drawn as the options say. */
    public static Case generate(Options options) {
        return new CaseGenerator(options).build();
    }

    private static Map<String, Double> typeWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        Object[] table = {
            "org-founded", 1.0, "org-restructured", 0.5, "org-dissolved", 0.3, "leading-group-formed", 0.3,
            "tie-formed", 1.0, "tie-ended", 0.5, "joint-venture-founded", 0.2,
            "directive", 6.0, "plan", 4.0, "assessment", 3.0, "inspection", 2.0, "approval", 4.0, "pilot-assigned", 1.5,
            "procurement", 5.0, "contract", 4.0, "contract-ended", 1.5, "investment", 1.5, "outsourcing", 2.0,
            "strategic-agreement", 1.5,
            "meeting", 6.0, "consultation", 3.0, "co-design", 2.0, "data-sharing", 3.0, "joint-team", 1.5,
            "platform-launch", 2.0, "service-launch", 3.0, "upgrade", 2.0, "integration", 2.0,
            "needs-assessment", 1.5, "problem-report", 2.0, "feedback", 2.5, "evaluation", 1.5,
            "study-visit", 1.0, "model-adopted", 1.0, "award", 0.5, "ranking", 0.5};
        for (int i = 0; i < table.length; i += 2) {
            w.put((String) table[i], (Double) table[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(w);
    }

    // ------------------------------------------------------------------ the process of one choice

    /** 0 administrative, 1 market: the process this choice is drawn from. */
    private int pick() {
        GeneratingProcess p = o.process();
        if (p == null) {
            return rnd.nextBoolean() ? 0 : 1;
        }
        int own = p == GeneratingProcess.ADMINISTRATIVE ? 0 : 1;
        return o.noise() > 0 && rnd.nextDouble() < o.noise() ? 1 - own : own;
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    // ------------------------------------------------------------------ build

    private Case build() {
        List<Phase> phases = phases();
        makeActors();
        makeStructure();
        makePartnersAndContracts();
        EventStore events = makeEvents(phases);
        CaseInfo info = info(phases);
        return Case.of(info, actors, ties, events, indicators(), List.of(new Source("s1",
                "Synthetic case generated by Glassbox (CaseGenerator)", "document", null, null, null, Map.of())),
                codebook);
    }

    private List<Phase> phases() {
        int y = o.years();
        int n = Math.min(3, y);
        String[] names = n == 3 ? new String[] {"Early", "Middle", "Late"}
                : n == 2 ? new String[] {"Early", "Late"} : new String[] {"Whole period"};
        List<Phase> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int from = o.startYear() + k * y / n;
            int to = o.startYear() + (k + 1) * y / n - 1;
            out.add(new Phase("p" + (k + 1), names[k], PartialDate.ofYear(from), PartialDate.ofYear(to)));
        }
        return out;
    }

    private CaseInfo info(List<Phase> phases) {
        String proc = o.process() == null ? "mixed" : o.process().word();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("generated.process", proc);
        extra.put("generated.noise", Double.toString(o.noise()));
        extra.put("generated.seed", Long.toString(o.seed()));
        extra.put("generated.events", Integer.toString(o.events()));
        extra.put("generated.actors", Integer.toString(o.actors()));
        if (o.process() != null) {
            boolean admin = o.process() == GeneratingProcess.ADMINISTRATIVE;
            extra.put("generated.expected.structure", admin ? "linear-functional" : "matrix");
            extra.put("generated.expected.trajectory", admin ? "de-embedded" : "inter-embedded");
            extra.put("generated.expected.model", admin ? "administrative" : "market");
        }
        return new CaseInfo("synthetic-" + proc + "-s" + o.seed(), "Synthetic case (" + proc + ", seed " + o.seed() + ")",
                "合成案例", "prefectural", null, o.startYear(), o.startYear() + o.years() - 1, phases,
                "Generated by Glassbox's CaseGenerator: " + o.events() + " events, " + o.actors() + " actors, process "
                        + proc + ", noise " + o.noise() + ".", extra);
    }

    private void makeActors() {
        int m = o.actors();
        sectorOf = new String[m];
        String[] fixed = {"party", "government", "government", "government", "joint-venture", "government",
            "private-enterprise", "state-owned-enterprise", "public", "academic"};
        String[] fixedFn = {"leadership", "leadership", "data-agency", "coordination", "operator", "supervision",
            "vendor", "operator", "citizens", "research"};
        String[] fixedName = {"Party Committee", "Municipal Government", "Big Data Bureau", "Digital Leading Group",
            "Digital Government Joint Venture", "State-owned Assets Commission", "Platform Company", "State Telecom",
            "Citizens", "University Institute"};
        String[] fixedZh = {"市委", "市政府", "大数据局", "数字政府领导小组", "数字政府合资公司", "国资委", "平台公司",
            "国有电信公司", "市民", "大学研究院"};
        double[] cum = new double[SECTOR_SHARE.length];
        double c = 0;
        for (int i = 0; i < cum.length; i++) {
            c += SECTOR_SHARE[i];
            cum[i] = c;
        }
        int[] count = new int[SECTORS.length];
        for (int i = 0; i < m; i++) {
            String sector;
            String id;
            String name;
            String zh;
            String fn;
            if (i < fixed.length) {
                sector = fixed[i];
                id = new String[] {"party-committee", "gov-head", "data-agency", "leading-group", "jv-operator",
                    "asset-agency", "ent-platform", "soe-telecom", "public", "aca-institute"}[i];
                name = fixedName[i];
                zh = fixedZh[i];
                fn = fixedFn[i];
            } else {
                // stratified: actor i takes the sector whose cumulative share covers its position
                double u = (i - fixed.length + rnd.nextDouble()) / Math.max(1, m - fixed.length);
                int s = 0;
                while (s < cum.length - 1 && u >= cum[s]) {
                    s++;
                }
                sector = SECTORS[s];
                int k = ++count[s];
                id = PREFIX[s] + "-" + k;
                name = switch (sector) {
                    case "government" -> "Government unit " + k;
                    case "public-institution" -> "Public institution " + k;
                    case "party" -> "Party office " + k;
                    case "state-owned-enterprise" -> "State-owned enterprise " + k;
                    case "private-enterprise" -> "Enterprise " + k;
                    case "academic" -> "Research institute " + k;
                    case "social-organization" -> "Association " + k;
                    default -> "Citizen group " + k;
                };
                zh = switch (sector) {
                    case "government" -> "政府单位" + k;
                    case "private-enterprise" -> "企业" + k;
                    default -> null;
                };
                fn = switch (sector) {
                    case "government" -> "line-department";
                    case "public-institution" -> "operator";
                    case "private-enterprise", "state-owned-enterprise" -> "vendor";
                    case "academic" -> "research";
                    case "public" -> "citizens";
                    default -> null;
                };
            }
            sectorOf[i] = sector;
            String level = switch (sector) {
                case "government", "public-institution", "party" -> i < FIRST_FREE ? "prefectural" : null;
                default -> "none";
            };
            actors.add(new Actor(id, name, zh, sector, level, fn, null, null, Map.of()));
        }
        List<Integer> gov = new ArrayList<>();
        List<Integer> ent = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            switch (codebook.side(sectorOf[i])) {
                case GOVERNMENT -> {
                    if (i != PARTY) {
                        gov.add(i);
                    }
                }
                case ENTERPRISE -> ent.add(i);
                default -> other.add(i);
            }
        }
        other.add(PARTY); // the party committee takes part like the non-governmental actors do: rarely
        govList = gov.stream().mapToInt(Integer::intValue).toArray();
        entList = ent.stream().mapToInt(Integer::intValue).toArray();
        otherList = other.stream().mapToInt(Integer::intValue).toArray();
    }

    private int tieCount;

    private void tie(int from, int to, String type, PartialDate start, PartialDate end) {
        ties.add(new Tie("t" + (++tieCount), actors.get(from).id(), actors.get(to).id(), type, start, end, null, Map.of()));
    }

    private PartialDate yearIn(double fromShare, double toShare) {
        int lo = o.startYear() + (int) Math.floor(fromShare * o.years());
        int hi = Math.max(lo, o.startYear() + (int) Math.floor(toShare * o.years()) - 1);
        return PartialDate.ofYear(lo + rnd.nextInt(hi - lo + 1));
    }

    /** Command tree, equity, guidance and coordination ties (with the process's probabilities). */
    private void makeStructure() {
        int m = o.actors();
        superior = new int[m];
        Arrays.fill(superior, -1);
        List<List<Integer>> subs = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            subs.add(new ArrayList<>());
        }
        // the command tree over government and public institutions, head first
        int[] order = govList.clone();
        for (int j = 1; j < order.length; j++) {
            int sup = order[(j - 1) / BRANCHING];
            superior[order[j]] = sup;
            subs.get(sup).add(order[j]);
        }
        superior[HEAD] = PARTY;
        subs.get(PARTY).add(HEAD);
        for (int i = FIRST_FREE; i < m; i++) {
            if (sectorOf[i].equals("party")) {
                superior[i] = PARTY;
                subs.get(PARTY).add(i);
            }
        }
        for (int i = 0; i < m; i++) {
            if (superior[i] >= 0) {
                tie(superior[i], i, "command", null, null);
            }
        }
        // ownership
        int firstSoe = -1;
        for (int e : entList) {
            if (sectorOf[e].equals("state-owned-enterprise")) {
                tie(ASSET_AGENCY, e, "equity", null, null);
                if (firstSoe < 0) {
                    firstSoe = e;
                }
            }
        }
        PartialDate jvFounded = yearIn(0, 0.25);
        tie(HEAD, JOINT_VENTURE, "equity", jvFounded, null);
        tie(firstSoe, JOINT_VENTURE, "equity", jvFounded, null);
        // functional guidance from the data agency to the upper government units
        int upper = Math.min(order.length, 1 + BRANCHING + BRANCHING * BRANCHING);
        for (int j = 1; j < upper; j++) {
            int g = order[j];
            if (g != DATA_AGENCY && chance(P_GUIDANCE[pick()])) {
                tie(DATA_AGENCY, g, "guidance", yearIn(0, 0.34), null);
            }
        }
        // cross-cutting coordination into actors that have a line or ownership superior
        for (int i = 0; i < m; i++) {
            boolean underLine = superior[i] >= 0 || sectorOf[i].equals("state-owned-enterprise");
            if (!underLine || i == LEADING_GROUP || i == JOINT_VENTURE || i == PARTY || i == HEAD) {
                continue;
            }
            boolean viaGroup = superior[i] != LEADING_GROUP && chance(P_COORD_LEADING_GROUP[pick()]);
            if (viaGroup) {
                tie(LEADING_GROUP, i, "coordination", yearIn(0, 0.5), null);
            }
            if (!viaGroup && chance(P_COORD_JV[pick()])) {
                tie(JOINT_VENTURE, i, "coordination", yearIn(0.1, 0.5), null);
            }
        }
        subordinates = new int[m][];
        for (int i = 0; i < m; i++) {
            subordinates[i] = subs.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Interaction partners, with a contract tie for every government–enterprise pair of partners. */
    private void makePartnersAndContracts() {
        int m = o.actors();
        govPartners = new int[m][];
        entPartners = new int[m][];
        List<List<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            clients.add(new ArrayList<>(2));
        }
        for (int g : govList) {
            int[] gp = new int[5];
            int n = 0;
            if (superior[g] >= 0 && superior[g] != PARTY) {
                gp[n++] = superior[g];
            }
            for (int k = 0; k < 2 && subordinates[g].length > 0; k++) {
                gp[n++] = subordinates[g][rnd.nextInt(subordinates[g].length)];
            }
            for (int k = 0; k < 2; k++) {
                int peer = govList[rnd.nextInt(govList.length)];
                if (peer != g) {
                    gp[n++] = peer;
                }
            }
            govPartners[g] = Arrays.stream(gp, 0, n).distinct().toArray();
            entPartners[g] = rnd.ints(ENT_PARTNERS, 0, entList.length).map(k -> entList[k]).distinct().toArray();
            for (int e : entPartners[g]) {
                clients.get(e).add(g);
                contract(g, e);
            }
        }
        for (int e : entList) {
            List<Integer> c = clients.get(e);
            if (c.isEmpty()) {
                int g = govList[rnd.nextInt(govList.length)];
                c.add(g);
                contract(g, e);
            }
            govPartners[e] = c.stream().mapToInt(Integer::intValue).toArray();
            entPartners[e] = new int[0];
        }
        for (int x : otherList) {
            govPartners[x] = rnd.ints(4, 0, govList.length).map(k -> govList[k]).distinct().toArray();
            entPartners[x] = new int[0];
        }
    }

    private void contract(int g, int e) {
        int p = pick();
        PartialDate start;
        PartialDate end = null;
        if (p == 0) {
            start = yearIn(0, 0.5);
            int last = Math.min(o.startYear() + o.years() - 1, start.year() + 1 + rnd.nextInt(2));
            end = PartialDate.ofYear(Math.max(start.year(), last));
        } else {
            start = yearIn(0, 0.34);
        }
        tie(g, e, "contract", start, end);
        if (chance(P_SUPERVISED[pick()])) {
            tie(g, e, "supervision", start, end);
        }
        if (chance(P_DATA_TIE[pick()])) {
            tie(g, e, "data-sharing", yearIn(0, 0.5), null);
        }
        if (chance(P_COOPERATION_TIE[pick()])) {
            tie(g, e, "cooperation", yearIn(0, 0.5), null);
        }
    }

    // ------------------------------------------------------------------ events

    private EventStore makeEvents(List<Phase> phases) {
        int y = o.years();
        int[] perYear = new int[y];
        double[] w = new double[y];
        double sum = 0;
        for (int k = 0; k < y; k++) {
            w[k] = 1 + 0.5 * k / Math.max(1, y - 1);
            sum += w[k];
        }
        int assigned = 0;
        for (int k = 0; k < y; k++) {
            perYear[k] = (int) Math.floor(o.events() * w[k] / sum);
            assigned += perYear[k];
        }
        for (int k = 0; assigned < o.events(); k = (k + 1) % y) {
            perYear[k]++;
            assigned++;
        }
        String[] types = TYPE_WEIGHTS.keySet().toArray(new String[0]);
        EventType[] typeInfo = new EventType[types.length];
        boolean[] authority = new boolean[types.length];
        for (int t = 0; t < types.length; t++) {
            typeInfo[t] = codebook.eventType(types[t]);
            authority[t] = AUTHORITY_ACTS.contains(types[t]);
        }
        double[][] cumByPhase = new double[phases.size()][types.length];
        for (int ph = 0; ph < phases.size(); ph++) {
            double boost = 1 + 0.3 * ph / Math.max(1, phases.size() - 1);
            double c = 0;
            for (int t = 0; t < types.length; t++) {
                double wt = TYPE_WEIGHTS.get(types[t]);
                if (typeInfo[t].category().equals("administrative")) {
                    wt *= boost;
                }
                c += wt;
                cumByPhase[ph][t] = c;
            }
        }
        int objectPool = Math.max(5, o.events() / 40);
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        int n = 0;
        for (int k = 0; k < y; k++) {
            int year = o.startYear() + k;
            int phase = phaseOf(year, phases);
            int pos = phases.size() == 1 ? 0 : phase == 0 ? 0 : phase == phases.size() - 1 ? 2 : 1;
            int days = LocalDate.of(year, 12, 31).getDayOfYear();
            int[] dayOf = new int[perYear[k]];
            for (int i = 0; i < dayOf.length; i++) {
                dayOf[i] = shared.nextInt(days);
            }
            Arrays.sort(dayOf);
            double[] cum = cumByPhase[phase];
            for (int day : dayOf) {
                LocalDate d = LocalDate.ofYearDay(year, day + 1);
                double u = shared.nextDouble();
                PartialDate date = u < 0.75 ? PartialDate.of(d) : u < 0.9 ? PartialDate.ofMonth(year, d.getMonthValue())
                        : PartialDate.ofYear(year);
                int t = Arrays.binarySearch(cum, shared.nextDouble() * cum[cum.length - 1]);
                t = t < 0 ? -t - 1 : t;
                t = Math.min(t, types.length - 1);
                b.add("e" + (++n), types[t], date);
                if (shared.nextDouble() < 0.05) {
                    b.mechanism(shared.nextDouble() < 0.8 ? typeInfo[t].defaultMechanism()
                            : new Mechanism[] {Mechanism.ADMINISTRATIVE, Mechanism.MARKET, Mechanism.COLLABORATIVE}[shared.nextInt(3)]);
                }
                roles(b, authority[t], typeInfo[t].decision(), pos);
                if (shared.nextDouble() < 0.6) {
                    String kind = shared.nextDouble() < 0.4 ? "platform" : "project";
                    b.object(new ObjectRef(kind, kind.substring(0, 4) + "-" + shared.nextInt(objectPool)));
                }
            }
        }
        return b.build();
    }

    private static int phaseOf(int year, List<Phase> phases) {
        for (int i = 0; i < phases.size(); i++) {
            if (year <= phases.get(i).end().year()) {
                return i;
            }
        }
        return phases.size() - 1;
    }

    /** Who initiates, who is targeted, who takes part. */
    private void roles(EventStore.Builder b, boolean authorityAct, boolean decision, int pos) {
        double u = rnd.nextDouble();
        int initiator;
        int target;
        boolean govInitiates;
        if (u < 0.45) { // government–enterprise interaction
            boolean entInitiates = !authorityAct && chance(P_ENT_INITIATES[pick()][pos]);
            if (entInitiates) {
                initiator = entList[rnd.nextInt(entList.length)];
                int[] gp = govPartners[initiator];
                target = gp[rnd.nextInt(gp.length)];
            } else {
                initiator = govList[rnd.nextInt(govList.length)];
                int[] ep = entPartners[initiator];
                target = ep[rnd.nextInt(ep.length)];
            }
            govInitiates = !entInitiates;
        } else if (u < 0.80) { // within government
            initiator = govList[rnd.nextInt(govList.length)];
            int[] subs = subordinates[initiator];
            int[] gp = govPartners[initiator];
            target = authorityAct && subs.length > 0 ? subs[rnd.nextInt(subs.length)]
                    : gp.length > 0 ? gp[rnd.nextInt(gp.length)] : superior[initiator];
            govInitiates = true;
        } else { // with academic, social or public actors
            int x = otherList[rnd.nextInt(otherList.length)];
            int[] gp = govPartners[x];
            int g = gp[rnd.nextInt(gp.length)];
            if (!authorityAct && chance(0.5)) {
                initiator = x;
                target = g;
                govInitiates = false;
            } else {
                initiator = g;
                target = x;
                govInitiates = true;
            }
        }
        b.actor(initiator, Role.INITIATOR);
        if (target >= 0 && target != initiator) {
            b.actor(target, Role.TARGET);
        }
        if (decision && govInitiates && chance(P_CO_DECIDES[pick()][pos])) {
            int[] ep = entPartners[initiator];
            int e = ep.length > 0 ? ep[rnd.nextInt(ep.length)] : entList[rnd.nextInt(entList.length)];
            if (e != target) {
                b.actor(e, Role.PARTICIPANT);
            }
        }
        if (chance(0.15)) {
            int[] gp = govPartners[initiator];
            if (gp.length > 0) {
                int p = gp[rnd.nextInt(gp.length)];
                if (p != target && p != initiator) {
                    b.actor(p, Role.PARTICIPANT);
                }
            }
        }
    }

    private List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        for (int k = 0; k < o.years(); k++) {
            double t = o.years() == 1 ? 1 : (double) k / (o.years() - 1);
            PartialDate d = PartialDate.ofYear(o.startYear() + k);
            out.add(new Indicator(d, "services_online", round(0.2 + 0.7 * t + 0.03 * rnd.nextGaussian()), "share", "s1",
                    Map.of()));
            out.add(new Indicator(d, "processing_days", round(30 - 20 * t + rnd.nextGaussian()), "days", "s1", Map.of()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
