package org.glassbox.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.CaseFormatException;

/**
 * The batch job over many case folders: one Spark task per case reads it ({@link Cases#read}) and
 * analyses it ({@link Glassbox#analyze}) where it runs, and sends its {@link CaseAnalysis} back as
 * bytes ({@link RecordCodec}); the driver gets the analyses in the order of the cases, exactly what
 * the embedded {@code glassbox compare} computes in one process. The cases must lie where the
 * executors read them (a shared file system on a cluster).
 */
final class CaseBatch {
    private CaseBatch() {
    }

    static List<CaseAnalysis> analyse(SparkSession session, List<Path> cases, AnalysisOptions options) {
        if (cases.isEmpty()) {
            return List.of();
        }
        byte[] opts = RecordCodec.encode(options);
        List<String> paths = new ArrayList<>();
        for (Path p : cases) {
            paths.add(p.toAbsolutePath().normalize().toString());
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
        session.sparkContext().setJobDescription("glassbox: analyse " + paths.size() + " cases, one task each");
        List<byte[]> out = jsc.parallelize(paths, paths.size()).map(p -> task(p, opts)).collect();
        List<CaseAnalysis> analyses = new ArrayList<>(out.size());
        for (byte[] b : out) {
            analyses.add(RecordCodec.decode(b, CaseAnalysis.class));
        }
        return analyses;
    }

    /** One task: read the case at {@code path}, analyse it with the encoded options, encode the analysis. */
    static byte[] task(String path, byte[] options) throws CaseFormatException {
        Case c = Cases.read(Path.of(path));
        return RecordCodec.encode(Glassbox.analyze(c, RecordCodec.decode(options, AnalysisOptions.class)));
    }
}
