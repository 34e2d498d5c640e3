package org.glassbox.core.analysis.subjects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Role;

/**
 * The formation process of the governance subjects: when each enters (its {@code joined} date, else
 * its first event), changes its main role (the role it holds most often in a calendar year —
 * initiator, participant, target, ties broken in that order — differs from its previous active
 * year), and leaves (its {@code left} date). Sorted by date, then actor id, then kind.
 * One pass over the events in time order: O(events × actors per event + actors).
 */
public final class FormationTimeline {
    private static final Role[] PRIORITY = {Role.INITIATOR, Role.PARTICIPANT, Role.TARGET};

    private FormationTimeline() {
    }

    public static List<FormationStep> of(CaseFacts f) {
        EventStore ev = f.events();
        int na = f.actorCount();
        int[] firstEvent = new int[na];
        java.util.Arrays.fill(firstEvent, -1);
        int[] counts = new int[na * 3];
        int[] lastMain = new int[na];
        int[] lastYear = new int[na];
        java.util.Arrays.fill(lastMain, -1);
        int[] firstWithRole = new int[na * 3];
        java.util.Arrays.fill(firstWithRole, -1);
        boolean[] active = new boolean[na];
        int[] touched = new int[Math.max(1, na)];
        int nTouched = 0;
        List<FormationStep> steps = new ArrayList<>();
        int year = Integer.MIN_VALUE;
        long yearEnd = Long.MIN_VALUE;
        for (int r = 0; r <= ev.size(); r++) {
            int i = r < ev.size() ? ev.inTimeOrder(r) : -1;
            if (i >= 0 && ev.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            if (i < 0 || ev.time(i) >= yearEnd) {
                for (int t = 0; t < nTouched; t++) {
                    int a = touched[t];
                    int main = main(counts, a * 3);
                    if (lastMain[a] >= 0 && lastMain[a] != main) {
                        Role from = Role.values()[lastMain[a]];
                        Role to = Role.values()[main];
                        int e = firstWithRole[a * 3 + main];
                        steps.add(new FormationStep(f.kase().actor(a).id(), f.kase().actor(a).sector(),
                                FormationKind.ROLE_CHANGE, PartialDate.ofYear(year),
                                "mainly " + from.word() + " in " + lastYear[a] + " → mainly " + to.word() + " in " + year,
                                e < 0 ? null : ev.id(e)));
                    }
                    lastMain[a] = main;
                    lastYear[a] = year;
                    active[a] = false;
                    for (int k = 0; k < 3; k++) {
                        counts[a * 3 + k] = 0;
                        firstWithRole[a * 3 + k] = -1;
                    }
                }
                nTouched = 0;
                if (i < 0) {
                    break;
                }
                year = LocalDate.ofEpochDay(Math.floorDiv(ev.time(i), 86_400_000L)).getYear();
                yearEnd = PartialDate.ofYear(year).endMillisExclusive();
            }
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                int role = ev.roleAt(k).ordinal();
                if (firstEvent[a] < 0) {
                    firstEvent[a] = i;
                }
                if (!active[a]) {
                    active[a] = true;
                    touched[nTouched++] = a;
                }
                counts[a * 3 + role]++;
                if (firstWithRole[a * 3 + role] < 0) {
                    firstWithRole[a * 3 + role] = i;
                }
            }
        }
        for (int a = 0; a < na; a++) {
            Actor actor = f.kase().actor(a);
            String first = firstEvent[a] < 0 ? null : ev.id(firstEvent[a]);
            if (actor.joined() != null) {
                steps.add(new FormationStep(actor.id(), actor.sector(), FormationKind.ENTRY, actor.joined(),
                        "joined (actors.csv)", first));
            } else if (firstEvent[a] >= 0 && ev.date(firstEvent[a]) != null) {
                steps.add(new FormationStep(actor.id(), actor.sector(), FormationKind.ENTRY, ev.date(firstEvent[a]),
                        "first event", first));
            }
            if (actor.left() != null) {
                steps.add(new FormationStep(actor.id(), actor.sector(), FormationKind.EXIT, actor.left(), "left (actors.csv)", null));
            }
        }
        // sort on precomputed keys (PartialDate.compareTo builds dates; there may be hundreds of thousands of steps)
        long[] ms = new long[steps.size()];
        Integer[] idx = new Integer[steps.size()];
        for (int i = 0; i < ms.length; i++) {
            PartialDate d = steps.get(i).date();
            ms[i] = d.startMillis() * 4 + d.precision().ordinal();
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingLong((Integer i) -> ms[i])
                .thenComparing(i -> steps.get(i).actorId()).thenComparing(i -> steps.get(i).kind()));
        List<FormationStep> out = new ArrayList<>(ms.length);
        for (Integer i : idx) {
            out.add(steps.get(i));
        }
        return out;
    }

    private static int main(int[] c, int off) {
        int best = PRIORITY[0].ordinal();
        for (Role r : PRIORITY) {
            if (c[off + r.ordinal()] > c[off + best]) {
                best = r.ordinal();
            }
        }
        return best;
    }
}
