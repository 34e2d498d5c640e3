package org.glassbox.core.agreement.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.core.agreement.CodedPassage;
import org.glassbox.core.agreement.PassageAgreement;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Segment;

/**
 * Agreement on the coded passages of coders' versions of one case (segments.csv of case format
 * 1.1), computed by {@link PassageAgreement#ofDocuments} on the documents the versions share.
 *
 * <p><b>Who the coders are.</b> (1) {@link CoderSource#CODER_IDS}: when no coder id has passages in
 * more than one version and the versions' passages name at least two coder ids in all, the coders
 * are those ids, in order of first appearance (version order, then file order) — the copies were
 * coded under their own ids, or one file holds several coders' passages. (2) Otherwise,
 * {@link CoderSource#VERSIONS}: each version is one coder's copy (typically every copy under the
 * same coder id, e.g. the template's), named as the version is (the file name, or the name given
 * for it); a version without a passage is a coder who found nothing.
 *
 * <p><b>Documents.</b> The union of the versions' documents by id, in order of first appearance; a
 * document present in several versions must have the same length in code points in each (the
 * coders coded the same text), else the comparison is refused naming the document. Passages
 * without codes add nothing (see {@link PassageAgreement}).
 *
 * @param coders    the coders compared, as named in {@code agreement}'s units
 * @param source    which rule named them
 * @param agreement per code, then all codes together
 */
public record CasePassageAgreement(List<String> coders, CoderSource source, PassageAgreement agreement) {
    /** Which rule of {@link CasePassageAgreement} named the coders. */
    public enum CoderSource {
        /** The segments' coder ids. */
        CODER_IDS,
        /** One coder per version, named as the version. */
        VERSIONS
    }

    public CasePassageAgreement {
        coders = List.copyOf(coders);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(agreement, "agreement");
    }

    /**
     * The passage agreement of the versions, or empty when none of them has a coded passage.
     *
     * @param names    one name per version, distinct (used by rule 2)
     * @param versions the coders' versions of the case, at least two
     * @throws AgreementException naming {@code versions} when a shared document differs in length,
     *                            or the parameter at fault as {@link PassageAgreement#ofDocuments} does
     */
    public static Optional<CasePassageAgreement> of(List<String> names, List<Case> versions) {
        if (names.size() != versions.size()) {
            throw new AgreementException("names", names.size() + " names for " + versions.size() + " versions");
        }
        boolean any = false;
        for (Case c : versions) {
            any |= !c.coding().segments().isEmpty();
        }
        if (!any) {
            return Optional.empty();
        }
        Map<String, Long> lengths = new LinkedHashMap<>();
        Map<String, Integer> lengthFrom = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int v = 0; v < versions.size(); v++) {
            for (Document d : versions.get(v).coding().documents()) {
                long len = d.length();
                Long known = lengths.putIfAbsent(d.id(), len);
                if (known == null) {
                    lengthFrom.put(d.id(), v);
                } else if (known != len) {
                    problems.add("document " + d.id() + " has " + known + " code points in " + names.get(lengthFrom.get(d.id()))
                            + " but " + len + " in " + names.get(v) + " (the coders must code the same text)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AgreementException("versions", String.join("; ", problems));
        }
        Map<String, Set<Integer>> versionsOfCoder = new LinkedHashMap<>();
        for (int v = 0; v < versions.size(); v++) {
            for (Segment s : versions.get(v).coding().segments()) {
                versionsOfCoder.computeIfAbsent(s.coder(), k -> new HashSet<>()).add(v);
            }
        }
        boolean byId = versionsOfCoder.size() >= 2 && versionsOfCoder.values().stream().allMatch(s -> s.size() == 1);
        List<String> coders = new ArrayList<>();
        List<CodedPassage> passages = new ArrayList<>();
        if (byId) {
            coders.addAll(versionsOfCoder.keySet());
        } else {
            coders.addAll(new LinkedHashSet<>(names));
        }
        for (int v = 0; v < versions.size(); v++) {
            for (Segment s : versions.get(v).coding().segments()) {
                passages.add(new CodedPassage(s.document(), s.start(), s.end(), byId ? s.coder() : names.get(v), Set.copyOf(s.codes())));
            }
        }
        PassageAgreement pa = PassageAgreement.ofDocuments(lengths, coders, passages);
        return Optional.of(new CasePassageAgreement(coders, byId ? CoderSource.CODER_IDS : CoderSource.VERSIONS, pa));
    }
}
