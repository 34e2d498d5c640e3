package org.glassbox.core.analysis.formalism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * Platform proliferation (FRAMEWORK.md): platforms launched against platforms with evidence of use
 * <em>by their audience</em> (objects.csv {@code audience}, case format 1.1), and platforms that
 * duplicate another's function.
 *
 * <p><b>Use.</b> An event on the platform after its launch (not a launch itself) in which an actor of
 * the platform's audience initiates or takes part (targets are acted upon, not users):
 * <ul>
 * <li>{@code public} — an actor of sector {@code public}, in any event: the public never builds, buys or
 *     orders a platform, so wherever it takes part it is there as a user;</li>
 * <li>{@code enterprise} — an enterprise-side actor (state-owned, private, joint venture), and
 *     {@code government} (an internal platform) — a government-side actor (party, government, public
 *     institution), each in an event of a <em>use category</em>: collaborative, diagnosis, or a category
 *     a codebook adds; the categories structure, administrative, market, delivery, learning and outcome
 *     are building, steering, buying or ranking the platform, not using it (an operator upgrading it,
 *     a directive ordering it, a contract for it are no evidence that staff use it);</li>
 * <li>{@code infrastructure} — systems built on it: an {@code integration} or {@code data-sharing} event
 *     naming it with another object, or a government- or enterprise-side actor in a use-category event.</li>
 * </ul>
 * A platform whose audience is not coded is not judged (it is counted as uncertain in the coverage):
 * without its audience the case cannot tell use from operation. <b>Duplicates</b>: in an
 * {@code integration} event naming two or more launched platforms of the same audience, every one but
 * the earliest launched duplicated it. Score = flagged platforms (no use, or a duplicate) / judged
 * platforms; not assessable when no platform is judged or when the case codes no use of any judged
 * platform (then unused and uncoded use cannot be told apart). Partial dates get the benefit of the
 * doubt: an event counts after a launch when its span may follow the launch's start.
 */
final class PlatformProliferation {
    /** Event categories that build, steer, buy or rank a platform rather than use it. */
    static final Set<String> NOT_USE = Set.of("structure", "administrative", "market", "delivery", "learning", "outcome");

    private PlatformProliferation() {
    }

    static Diagnostic of(CaseFacts f, Exemptions ex) {
        String id = Diagnostic.PLATFORM_PROLIFERATION;
        EventStore ev = f.events();
        int platformKind = ev.objectTypes().code("platform");
        Map<Integer, Integer> launch = new LinkedHashMap<>();
        for (int r = 0; r < ev.size(); r++) {
            int i = ev.inTimeOrder(r);
            if ("platform-launch".equals(ev.typeName(i)) && ev.time(i) != EventStore.MISSING_TIME) {
                for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                    int o = ev.objectAt(k);
                    if (ev.objectType(o) == platformKind) {
                        launch.putIfAbsent(o, i);
                    }
                }
            }
        }
        Map<Integer, String> audience = new HashMap<>();
        for (int o : launch.keySet()) {
            CaseObject d = f.kase().object(ev.objects().value(o));
            audience.put(o, d == null ? null : d.audience());
        }
        Set<Integer> used = new HashSet<>();
        Set<Integer> duplicate = new HashSet<>();
        for (int i = 0; i < ev.size(); i++) {
            if ("platform-launch".equals(ev.typeName(i)) || ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            boolean pub = false;
            boolean gov = false;
            boolean ent = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                if (ev.roleAt(k) == Role.TARGET) {
                    continue;
                }
                int a = ev.actorAt(k);
                pub |= f.isPublic(a);
                gov |= f.side(a) == CaseFacts.GOVERNMENT;
                ent |= f.side(a) == CaseFacts.ENTERPRISE;
            }
            boolean useCategory = !NOT_USE.contains(f.category(i));
            String type = ev.typeName(i);
            boolean builtOn = ("integration".equals(type) || "data-sharing".equals(type)) && ev.objectsTo(i) - ev.objectsFrom(i) >= 2;
            List<Integer> launched = new ArrayList<>();
            for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                int o = ev.objectAt(k);
                Integer l = launch.get(o);
                if (l != null && ev.time(l) <= ev.time(i) && !launched.contains(o)) {
                    launched.add(o);
                }
            }
            for (int o : launched) {
                String aud = audience.get(o);
                boolean use = aud != null && switch (aud) {
                    case "public" -> pub;
                    case "enterprise" -> ent && useCategory;
                    case "government" -> gov && useCategory;
                    case "infrastructure" -> builtOn || ((gov || ent) && useCategory);
                    default -> false;
                };
                if (use) {
                    used.add(o);
                }
            }
            if ("integration".equals(type)) {
                // per audience, the earliest launched platform is kept; the later ones duplicated it
                Map<String, Integer> host = new HashMap<>();
                for (int o : launched) {
                    host.merge(Objects.toString(audience.get(o)), o, (x, y) -> ev.time(launch.get(y)) < ev.time(launch.get(x)) ? y : x);
                }
                for (int o : launched) {
                    if (host.get(Objects.toString(audience.get(o))) != o) {
                        duplicate.add(o);
                    }
                }
            }
        }
        List<String> flagged = new ArrayList<>();
        int exempt = 0;
        int uncoded = 0;
        int judged = 0;
        int unused = 0;
        int dups = 0;
        int flaggedPlatforms = 0;
        boolean anyUse = false;
        for (Map.Entry<Integer, Integer> e : launch.entrySet()) {
            int o = e.getKey();
            if (ex.exempt(e.getValue(), id)) {
                exempt++;
                continue;
            }
            if (audience.get(o) == null) {
                uncoded++;
                continue;
            }
            judged++;
            boolean u = used.contains(o);
            boolean d = duplicate.contains(o);
            anyUse |= u;
            unused += u ? 0 : 1;
            dups += d ? 1 : 0;
            if (!u || d) {
                flaggedPlatforms++;
                String launchId = ev.id(e.getValue());
                if (!flagged.contains(launchId)) {
                    flagged.add(launchId);
                }
            }
        }
        Coverage cov = new Coverage("platforms", launch.size(), judged, exempt);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("platformsLaunched", (double) launch.size());
        m.put("audienceNotCoded", (double) uncoded);
        m.put("withoutEvidenceOfUse", (double) unused);
        m.put("mergedAsDuplicates", (double) dups);
        String notJudged = uncoded == 0 ? "" : "; not judged: " + uncoded + " whose audience objects.csv does not code";
        if (judged == 0 || !anyUse) {
            String why = launch.isEmpty() ? "no platform launched"
                    : judged == 0 ? "no launched platform has a coded audience"
                    : "the case codes no use of any platform by its audience, so an unused platform cannot be told from uncoded use";
            return new Diagnostic(id, Diagnostic.Status.NOT_ASSESSABLE, null, List.of(),
                    "not assessable: " + why + " (" + cov.words() + notJudged + ")", cov, ex.from(id), m, Map.of());
        }
        return new Diagnostic(id, Diagnostic.Status.ASSESSED, (double) flaggedPlatforms / judged, flagged,
                flaggedPlatforms + " of " + judged + " platforms show no later use by their audience or were later integrated into an earlier platform for the same audience ("
                        + cov.words() + notJudged + ")",
                cov, ex.from(id), m, Map.of());
    }
}
