package io.dateline.eval;

import io.dateline.articles.clean.PageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.nio.file.Path;

/**
 * Page-text cleaning ({@link PageText}) on the article-extraction pages, with the same shingle metric:
 * <ul>
 *   <li>{@code pagetext.f1}: each whole page copied as plain text (menus, lists, footers and all),
 *       cleaned, and compared with the true article body;</li>
 *   <li>{@code pagetext.story_recall}: the true body alone, cleaned: how much of a story without any
 *       chrome survives (every paragraph should).</li>
 * </ul>
 */
public final class PageTextEval implements Evaluation {

    @Override
    public String name() {
        return "pagetext";
    }

    @Override
    public List<String> needs() {
        return new ExtractionEval().needs();
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        List<ShingleMatch.Counts> pages = new ArrayList<>();
        List<ShingleMatch.Counts> stories = new ArrayList<>();
        for (ExtractionEval.Page page : ExtractionEval.Page.readAll(datasets.resolve(ExtractionEval.FOLDER))) {
            pages.add(ShingleMatch.match(page.body(), PageText.clean(PageCopy.of(page.html())).text()));
            stories.add(ShingleMatch.match(page.body(), PageText.clean(page.body()).text()));
        }
        ShingleMatch.Figures whole = ShingleMatch.Figures.of(pages);
        LinkedHashMap<String, Double> result = new LinkedHashMap<>();
        result.put("pagetext.f1", whole.f1());
        result.put("pagetext.precision", whole.precision());
        result.put("pagetext.recall", whole.recall());
        result.put("pagetext.story_recall", ShingleMatch.Figures.of(stories).recall());
        return result;
    }
}
