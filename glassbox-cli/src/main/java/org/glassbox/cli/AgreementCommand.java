package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.core.agreement.AlphaBootstrap;
import org.glassbox.core.agreement.CodeAgreement;
import org.glassbox.core.agreement.FieldAgreement;
import org.glassbox.core.agreement.Level;
import org.glassbox.core.agreement.PassageAgreement;
import org.glassbox.core.agreement.ReliabilityData;
import org.glassbox.core.agreement.cases.CaseAgreement;
import org.glassbox.core.agreement.cases.CaseAgreementReport;
import org.glassbox.core.agreement.cases.CasePassageAgreement;
import org.glassbox.core.agreement.cases.Disagreement;
import org.glassbox.core.agreement.cases.EventMatching;
import org.glassbox.core.agreement.cases.LeftOut;
import org.glassbox.core.agreement.cases.UnmatchedEvent;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.ReliabilityTableException;
import org.glassbox.io.caseformat.ReliabilityTableReader;
import org.glassbox.io.guard.PartFiles;
import org.glassbox.io.json.AgreementJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox agreement CASE_A CASE_B [CASE_C …]} (coders' versions of one case) or
 * {@code glassbox agreement --table DATA.csv --level L} (one row per unit, one column per coder):
 * percent agreement, Cohen's κ, Krippendorff's α with its bootstrap 95 % interval, each with its n
 * (docs/methods.md, "Coder agreement"). Exit 0 ok, 1 bad input, 2 usage.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Coder agreement: percent, Cohen's kappa and Krippendorff's alpha with its n and a bootstrap 95%% interval.",
                "Either coders' versions of one case (events matched by id, else by date + initiator + type),",
                "or a table with one row per unit and one column per coder (an empty cell: not coded; a first",
                "header cell 'unit' makes the first column the units' ids)."})
public final class AgreementCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CASE", description = "two or more coders' versions of a case (folder, .zip, .xlsx or OCEL 2.0)")
    List<Path> cases = new ArrayList<>();

    @Option(names = "--table", paramLabel = "DATA.csv", description = "reliability data: one row per unit, one column per coder")
    Path table;

    @Option(names = "--level", paramLabel = "nominal|ordinal|interval|ratio|masi", description = "level of measurement of the --table values")
    String level;

    @Option(names = "--coders", paramLabel = "NAME,NAME...", split = ",", description = "the coders' names, one per CASE (default: the file names)")
    List<String> coders;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write glassbox.agreement/1 JSON (docs/json.md) to FILE, or to standard output with -")
    String json;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + AlphaBootstrap.DEFAULT_SEED,
            description = "seed of the bootstrap interval (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (table != null && !cases.isEmpty()) {
            throw CommandFailure.usage("give either CASE files or --table, not both");
        }
        if (table == null && level != null) {
            throw CommandFailure.usage("--level belongs to --table (the fields of a case have their own levels)");
        }
        if (table != null) {
            if (coders != null) {
                throw CommandFailure.usage("--coders names the CASE files; a table's header names its coders");
            }
            if (level == null) {
                throw CommandFailure.usage("--table needs --level nominal|ordinal|interval|ratio|masi");
            }
            Level l;
            try {
                l = Level.of(level);
            } catch (AgreementException e) {
                throw CommandFailure.usage("--level: " + e.getMessage().substring(e.parameter().length() + 2));
            }
            return table(l, out);
        }
        if (cases.size() < 2) {
            throw CommandFailure.usage(cases.isEmpty() ? "give two or more coders' versions of a case, or --table DATA.csv"
                    : "agreement needs at least two coders' versions of the case; one was given");
        }
        List<String> names = coders != null ? coders : defaultNames(cases);
        if (names.size() != cases.size()) {
            throw CommandFailure.usage("--coders names " + names.size() + " coders for " + cases.size() + " cases");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw CommandFailure.usage("--coders: the names must be distinct");
        }
        return cases(names, out);
    }

    /** File names, made distinct by a position prefix when two are the same. */
    static List<String> defaultNames(List<Path> paths) {
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            Path f = p.toAbsolutePath().normalize().getFileName();
            names.add(f == null ? p.toString() : f.toString());
        }
        if (new HashSet<>(names).size() != names.size()) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                numbered.add((i + 1) + ":" + names.get(i));
            }
            return numbered;
        }
        return names;
    }

    private int table(Level l, PrintWriter out) throws ReliabilityTableException, IOException {
        ReliabilityData<?> data = ReliabilityTableReader.read(table, l);
        FieldAgreement f = FieldAgreement.of("table", l, data, seed);
        StringWriter buf = new StringWriter();
        AgreementJson.write(List.of(f), List.of(), buf);
        writeJson(buf, out);
        if (!"-".equals(json)) {
            out.println("Coder agreement: " + data.coderCount() + " coders (" + String.join(", ", data.coders()) + "), "
                    + data.unitCount() + " units, " + f.units() + " coded by two or more");
            coefficients(List.of(f), null, out);
            if (json != null) {
                out.println("JSON written to " + Path.of(json).toAbsolutePath().normalize());
            }
        }
        return 0;
    }

    private int cases(List<String> names, PrintWriter out) throws CaseStudy.UnreadableCasesException, IOException {
        List<Case> versions = CaseStudy.readVersions(cases);
        CaseAgreementReport r = CaseAgreement.compare(names, versions, seed);
        Optional<CasePassageAgreement> pa = CasePassageAgreement.of(names, versions);
        StringWriter buf = new StringWriter();
        AgreementJson.write(r, pa.map(x -> x.agreement().codes()).orElse(List.of()), buf);
        writeJson(buf, out);
        if ("-".equals(json)) {
            return 0;
        }
        EventMatching m = r.matching();
        out.println("Coder agreement: " + names.size() + " coders (" + String.join(", ", names) + "), "
                + m.matched().size() + " events matched (" + m.byId() + " by id, " + m.byDateInitiatorType()
                + " by date + initiator + type), " + m.unmatched().size() + " coded by one coder only");
        coefficients(r.fields(), r.leftOut(), out);
        if (!m.unmatched().isEmpty()) {
            out.println();
            out.println("Unmatched events (one coder only: a disagreement on whether the event exists, in no field's coefficients):");
            for (UnmatchedEvent u : m.unmatched()) {
                out.println("  " + u.coder() + "  " + u.eventId() + "  " + u.date() + "  " + u.type()
                        + (u.initiator().isEmpty() ? "" : "  initiator " + u.initiator()));
            }
        }
        out.println();
        List<String> exists = new ArrayList<>();
        if (!m.unmatched().isEmpty()) {
            exists.add(m.unmatched().size() + " coded by one coder only, listed above");
        }
        if (m.notCodedByAll() > 0) {
            exists.add(m.notCodedByAll() + " matched but not coded by every coder");
        }
        out.println("Disagreements to adjudicate: " + r.allDisagreements() + " — " + r.disagreements().size()
                + " on fields of matched events (unit, field, each coder's value, below), " + m.unitizingDisagreements()
                + " on whether an event exists" + (exists.isEmpty() ? "" : " (" + String.join("; ", exists) + ")"));
        for (Disagreement d : r.disagreements()) {
            StringBuilder sb = new StringBuilder("  ").append(d.unit()).append("  ").append(d.field()).append("  ");
            for (int i = 0; i < names.size(); i++) {
                String v = d.values().get(i);
                sb.append(i == 0 ? "" : " | ").append(names.get(i)).append(": ")
                        .append(v == null ? "(not coded)" : v.isEmpty() ? "(empty)" : v);
            }
            out.println(sb);
        }
        out.println();
        if (pa.isEmpty()) {
            out.println("Passages: none coded (no version has segments.csv)");
        } else {
            passages(pa.get(), out);
        }
        if (json != null) {
            out.println("JSON written to " + Path.of(json).toAbsolutePath().normalize());
        }
        return 0;
    }

    /** The JSON to a file (written whole, or not at all) or to standard output. */
    private void writeJson(StringWriter buf, PrintWriter out) throws IOException {
        if (json == null) {
            return;
        }
        if ("-".equals(json)) {
            out.println(buf);
            out.flush();
            return;
        }
        try {
            PartFiles.writeString(Path.of(json), buf + System.lineSeparator());
        } catch (IOException e) {
            throw new IOException("cannot write " + json + ": " + e.getMessage(), e);
        }
    }

    /**
     * The table of coefficients, one row per field; with {@code leftOut} (coders' versions of a case,
     * one per field), a last column of the units each field leaves out as the matching key.
     */
    static void coefficients(List<FieldAgreement> fields, List<LeftOut> leftOut, PrintWriter out) {
        int w = "field".length();
        for (FieldAgreement f : fields) {
            w = Math.max(w, f.field().length());
        }
        String fmt = "%-" + w + "s  %-8s  %5s  %6s  %7s  %6s  %6s  " + (leftOut == null ? "%s" : "%-16s") + "%s%n";
        out.printf(Locale.ROOT, fmt, "field", "level", "units", "coders", "percent", "kappa", "alpha", "95% CI of alpha",
                leftOut == null ? "" : "  left out");
        boolean anyLeftOut = false;
        for (int i = 0; i < fields.size(); i++) {
            FieldAgreement f = fields.get(i);
            double[] ci = f.ci95();
            String left = "";
            if (leftOut != null) {
                LeftOut l = leftOut.get(i);
                anyLeftOut |= l.units() + l.values() > 0;
                left = "  " + l.units() + (l.values() == 0 ? "" : " (+" + l.values() + " value" + (l.values() == 1 ? "" : "s") + ")");
            }
            out.printf(Locale.ROOT, fmt, f.field(), f.level().word(), f.units(), f.coders(),
                    Double.isNaN(f.percent()) ? "undef." : String.format(Locale.ROOT, "%.1f%%", 100 * f.percent()),
                    f.cohenKappa() == null ? "-" : num(f.cohenKappa()), num(f.krippendorffAlpha()),
                    ci == null ? "-" : "[" + num(ci[0]) + ", " + num(ci[1]) + "]", left);
        }
        out.println("(kappa '-': not applicable — two coders, no missing value, nominal or list fields only;"
                + " 'undef.': no variation or no unit coded twice)");
        if (anyLeftOut) {
            out.println("(left out: units " + LeftOut.REASON + " — type, date, date_precision, initiator, and mechanism"
                    + " where blank (the type's default) agree there by construction; '+N values': coders' values left out"
                    + " of units that still count)");
        }
    }

    /** The passages table: one row per code, then all codes ({@code *}). */
    static void passages(CasePassageAgreement pa, PrintWriter out) {
        PassageAgreement a = pa.agreement();
        out.println("Passages: " + pa.coders().size() + " coders (" + String.join(", ", pa.coders()) + ", "
                + (pa.source() == CasePassageAgreement.CoderSource.CODER_IDS ? "by the passages' coder ids"
                        : "one per version: the passages' coder ids are shared or too few") + "), "
                + a.length() + " code points of documents");
        int w = "code".length();
        for (CodeAgreement c : a.codes()) {
            w = Math.max(w, c.code().length());
        }
        String fmt = "%-" + w + "s  %5s  %8s  %8s  %7s%n";
        out.printf(Locale.ROOT, fmt, "code", "units", "cu-alpha", "binary-a", "overlap");
        for (CodeAgreement c : a.codes()) {
            out.printf(Locale.ROOT, fmt, c.code(), c.units(), num(c.cuAlpha()), num(c.binary().alpha()),
                    Double.isNaN(c.overlap()) ? "undef." : String.format(Locale.ROOT, "%.1f%%", 100 * c.overlap()));
        }
        out.println("(units: passages with the code over all coders; cu-alpha undef. where codes overlap"
                + (a.exclusive() ? "" : " — they do here") + "; binary-a: the code against everything else; '*': all codes)");
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "undef." : String.format(Locale.ROOT, "%.3f", x);
    }
}
