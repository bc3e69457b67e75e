package shop.search.product.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analyzers of the product index, per field. Analyzers are thread-safe and shared. */
final class Analysis {

    /** Chinese word segmentation; also lower-cases and Porter-stems Latin words. */
    static final Analyzer SMART = new SmartChineseAnalyzer();
    /** For the English name. */
    static final Analyzer ENGLISH = new EnglishAnalyzer();
    /** Overlapping CJK bigrams: a recall fallback when segmentation of the query and the text disagree. */
    static final Analyzer BIGRAM = new CJKAnalyzer();
    /**
     * For suggestions: every Han character is a token of its own (so a typed Chinese fragment is a phrase of
     * characters, found anywhere in a name), Latin words whole and lower-cased, full-width forms folded.
     */
    static final Analyzer CHARS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new CJKWidthFilter(in));
        }
    };

    /** Index and query analyzer: smartcn unless the field is listed. */
    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(SMART, Map.of(
            IndexFields.NAME_EN, ENGLISH,
            IndexFields.BIGRAMS, BIGRAM,
            IndexFields.SUGGEST_NAME, CHARS,
            IndexFields.SUGGEST_NAME_EN, CHARS,
            IndexFields.SUGGEST_BRAND, CHARS));

    private Analysis() {
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    out.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of a String does no I/O
        }
        return out;
    }
}
