import io.dateline.articles.dedup.DuplicateDetector;
import io.dateline.events.cluster.ArticleForClustering;
import io.dateline.events.cluster.StoryIndex;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Cost per article of story clustering and duplicate detection as the corpus grows: a synthetic stream
 * (Zipf-distributed common words plus a few words proper to each happening, 25 articles per happening,
 * one article a minute) is fed to StoryIndex and DuplicateDetector; the time per article is printed per
 * block. Flat rows mean the cost does not grow with the number of stories or articles held.
 */
public class ClusteringBench {

    static final int VOCABULARY = 30_000;
    static final double[] CUMULATIVE = zipf(VOCABULARY);

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int block = total / 8;
        Random random = new Random(7);
        StoryIndex stories = new StoryIndex();
        DuplicateDetector duplicates = DuplicateDetector.standard();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        System.out.println("articles  stories-held  cluster-ms/article  dedup-ms/article");
        long clusterNanos = 0;
        long dedupNanos = 0;
        for (int i = 1; i <= total; i++) {
            int happening = i / 25 + random.nextInt(3);
            String title = text(random, happening, 10);
            String body = text(random, happening, 250);
            ArticleForClustering article = new ArticleForClustering("a" + i, title, body, t.plusSeconds(60L * i), "bench");
            long t0 = System.nanoTime();
            stories.assign(article);
            long t1 = System.nanoTime();
            duplicates.check(article.id(), body);
            long t2 = System.nanoTime();
            clusterNanos += t1 - t0;
            dedupNanos += t2 - t1;
            if (i % block == 0) {
                System.out.printf(Locale.ROOT, "%8d  %12d  %17.3f  %16.3f%n", i, stories.stories().size(),
                        clusterNanos / 1e6 / block, dedupNanos / 1e6 / block);
                clusterNanos = 0;
                dedupNanos = 0;
            }
        }
    }

    /** Words of one happening: a third from its own twelve names, the rest common English-like words. */
    static String text(Random random, int happening, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (random.nextInt(3) == 0) {
                sb.append("Name").append(happening).append('x').append(random.nextInt(12));
            } else {
                sb.append("word").append(common(random));
            }
            sb.append(w % 18 == 17 ? ". " : " ");
        }
        return sb.toString();
    }

    static int common(Random random) {
        int i = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        return i < 0 ? -i - 1 : i;
    }

    static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }
}
