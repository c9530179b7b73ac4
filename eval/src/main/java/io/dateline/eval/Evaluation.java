package io.dateline.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;

/** One measurement on the shared datasets; it reports named figures. */
public interface Evaluation {

    /** A short name, printed as a heading. */
    String name();

    /** The dataset files or folders (relative to the datasets folder) this evaluation reads. */
    java.util.List<String> needs();

    /** Runs on {@code datasets} (../shared/datasets) and returns figures by id, e.g. "plover.actors". */
    LinkedHashMap<String, Double> run(Path datasets) throws Exception;
}
