/**
 * Text understanding for articles: a pipeline of small annotators over one {@link
 * io.dateline.articles.nlp.Document}, each adding one layer, in the order given in {@link
 * io.dateline.articles.nlp.Pipeline}: sentences → tokens → POS → lemmas → entities → times →
 * quotes → quantities. {@link io.dateline.articles.nlp.Pipeline#annotate} returns {@link
 * io.dateline.articles.nlp.Annotations}, the {@code annotations} object of the feed (docs/feed.md).
 *
 * <p>Models are OpenNLP's English UD models; every lexicon and gazetteer is a data file under
 * {@code src/main/resources/nlp/}. Plain Java: no framework types here.
 * {@link io.dateline.articles.nlp.PersonRegistry} folds one person's spellings across articles.
 */
package io.dateline.articles.nlp;
