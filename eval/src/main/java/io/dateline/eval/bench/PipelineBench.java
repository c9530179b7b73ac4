package io.dateline.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import io.dateline.articles.nlp.Annotations;
import io.dateline.articles.nlp.LanguageIdentifier;
import io.dateline.articles.nlp.Pipeline;
import io.dateline.articles.nlp.Sentence;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed of the whole nlp pipeline on one thread over the news-cluster articles (field maintext,
 * else text): warm-up passes until the JIT compiler settles, then timed passes; prints tokens/s,
 * articles/s and the heap the loaded pipeline holds. Wall-clock rates depend on what else the
 * machine runs; the CPU-time rates (this thread's CPU seconds) are the one-core figures; the
 * process CPU adds the garbage collector and the compiler. Run through bench/nlp/run.sh.
 *
 * <pre>PipelineBench [datasets/news-cluster] [passes]</pre>
 */
public final class PipelineBench {

    private static final int MAX_WARM_UP = 40;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/datasets/news-cluster");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.isDirectory(folder)) {
            System.out.println("bench nlp: no articles at " + folder.toAbsolutePath() + "; nothing measured.");
            return;
        }
        List<String> texts = texts(folder);
        long before = usedHeap();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        pipeline.annotate("Warm-up: NATO met in Brussels on Monday.", LocalDate.of(2022, 1, 24));
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long loaded = usedHeap() - before;

        long tokens = run(pipeline, texts);
        System.out.printf(Locale.ROOT, "articles: %d, tokens per pass: %d, model load: %.1f s%n", texts.size(), tokens, loadSeconds);
        warmUp(pipeline, texts);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int p = 1; p <= passes; p++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = os.getProcessCpuTime();
            long gcStart = gcMillis();
            long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            run(pipeline, texts);
            long gc = gcMillis() - gcStart;
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart;
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double process = (os.getProcessCpuTime() - processStart) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d: wall %.2f s, %,.0f tokens/s, %.1f articles/s | thread CPU %.2f s, %,.0f tokens/s, "
                    + "%.1f articles/s | process CPU %.2f s, %.1f articles/s (GC %.2f s, JIT %.2f s) | load %.1f%n",
                    p, seconds, tokens / seconds, texts.size() / seconds, cpu, tokens / cpu, texts.size() / cpu,
                    process, texts.size() / process, gc / 1e3, jit / 1e3, os.getSystemLoadAverage());
        }
        languages(texts, threads);
        System.out.printf(Locale.ROOT, "heap of the loaded pipeline: %.1f MB (after the passes: %.1f MB)%n",
                loaded / 1e6, (usedHeap() - before) / 1e6);
    }

    /**
     * Passes until the JIT compiler is done (under 50 ms of compilation in a pass, at most 40 passes):
     * the timed passes then measure the steady state a long-running service reaches.
     */
    private static void warmUp(Pipeline pipeline, List<String> texts) {
        long start = System.nanoTime();
        int passes = 0;
        long jit;
        do {
            long before = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            run(pipeline, texts);
            jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - before;
            passes++;
        } while (jit >= 50 && passes < MAX_WARM_UP);
        System.out.printf(Locale.ROOT, "warm-up: %d passes (%.1f s) until the compiler settled%n", passes, (System.nanoTime() - start) / 1e9);
    }

    /** The service identifies the language before the pipeline runs: its cost per article. */
    private static void languages(List<String> texts, ThreadMXBean threads) {
        LanguageIdentifier identifier = new LanguageIdentifier();
        texts.forEach(identifier::identify);
        long cpuStart = threads.getCurrentThreadCpuTime();
        texts.forEach(identifier::identify);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "language identification: thread CPU %.2f s, %.1f articles/s%n", cpu, texts.size() / cpu);
    }

    private static long run(Pipeline pipeline, List<String> texts) {
        long tokens = 0;
        for (String text : texts) {
            Annotations a = pipeline.annotate(text, LocalDate.of(2017, 1, 1));
            for (Sentence s : a.sentences()) {
                tokens += s.tokens().size();
            }
        }
        return tokens;
    }

    private static List<String> texts(Path folder) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode article = json.readTree(f.toFile());
                String text = article.path("maintext").asText(article.path("text").asText(""));
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
