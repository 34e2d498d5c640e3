package org.glassbox.core.analysis.formalism;

import java.util.Objects;

/**
 * How much of its ground a diagnostic could judge: of the {@code candidates} the case holds
 * (adoptions, launched platforms, dated deliveries, events), how many the coder {@code exempt}ed
 * (events.csv {@code exempt}) and how many of the rest the case codes enough to judge.
 * {@code candidates − exempt − judged} are left out as uncertain (a date too coarse to place, an
 * audience not coded, a look-back before the coded period …; the explanation says which).
 *
 * @param unit       what is counted, plural ({@code adoptions}, {@code platforms}, {@code deliveries}, {@code events})
 * @param candidates all of them in the case (≥ 0)
 * @param judged     the ones judged (≥ 0)
 * @param exempt     the ones the coder exempted (≥ 0), judged + exempt ≤ candidates
 */
public record Coverage(String unit, int candidates, int judged, int exempt) {
    public Coverage {
        Objects.requireNonNull(unit, "unit");
        if (candidates < 0 || judged < 0 || exempt < 0 || judged + exempt > candidates) {
            throw new IllegalArgumentException("coverage needs 0 ≤ judged + exempt ≤ candidates, was judged " + judged
                    + ", exempt " + exempt + ", candidates " + candidates);
        }
    }

    /** The candidates neither judged nor exempt. */
    public int uncertain() {
        return candidates - judged - exempt;
    }

    /** {@code judged 7 of 11 platforms} or {@code judged 7 of 11 platforms, 2 exempt}. */
    public String words() {
        return "judged " + judged + " of " + candidates + " " + unit + (exempt > 0 ? ", " + exempt + " exempt" : "");
    }
}
