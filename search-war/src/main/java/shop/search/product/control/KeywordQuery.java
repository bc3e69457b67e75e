package shop.search.product.control;

import static shop.search.product.control.IndexFields.*;

import java.util.LinkedHashSet;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the shopper's keywords into a Lucene query.
 *
 * <p>Each whitespace-separated part must match (AND). A part matches when one of three readings matches:
 * <ol>
 * <li>its smartcn words, every word in some field (a word may be in the name, another in the brand), scored by
 * the best field: name &gt; brand &gt; category &gt; specs &gt; description;</li>
 * <li>its English words (stemmed), all in the English name;</li>
 * <li>its CJK bigrams, all in the bigram field (name, brand, categories, specs) — the fallback for text that
 * smartcn segments differently in the query than in the product, scored low.</li>
 * </ol>
 */
final class KeywordQuery {

    /** Parts beyond this are ignored: bounds the work a pasted paragraph can cause. */
    static final int MAX_PARTS = 10;
    static final int MAX_LENGTH = 200;

    private static final float NAME_BOOST = 3f;
    private static final float BRAND_BOOST = 2f;
    private static final float CATEGORY_BOOST = 1.5f;
    private static final float SPECS_BOOST = 1f;
    private static final float DESCRIPTION_BOOST = 0.3f;
    private static final float ENGLISH_BOOST = 2.5f;
    private static final float BIGRAM_BOOST = 0.2f;
    /** Within a word's best field, a little credit for matching other fields as well. */
    private static final float TIE_BREAKER = 0.1f;

    private KeywordQuery() {
    }

    /** The query, or null when the keywords hold nothing searchable (blank, punctuation only). */
    static Query parse(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return null;
        }
        String text = keywords.length() > MAX_LENGTH ? keywords.substring(0, MAX_LENGTH) : keywords;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int parts = 0;
        for (String part : text.trim().split("[\\s\\u3000]+")) {
            Query q = part(part);
            if (q != null) {
                all.add(q, Occur.MUST);
                if (++parts == MAX_PARTS) {
                    break;
                }
            }
        }
        return parts == 0 ? null : all.build();
    }

    private static Query part(String part) {
        BooleanQuery.Builder readings = new BooleanQuery.Builder();
        int count = 0;

        List<String> words = Analysis.tokens(Analysis.SMART, NAME, part);
        if (!words.isEmpty()) {
            BooleanQuery.Builder smart = new BooleanQuery.Builder();
            for (String w : words) {
                smart.add(new DisjunctionMaxQuery(List.of(
                        boosted(NAME, w, NAME_BOOST),
                        boosted(BRAND, w, BRAND_BOOST),
                        boosted(CATEGORY, w, CATEGORY_BOOST),
                        boosted(SPECS, w, SPECS_BOOST),
                        boosted(DESCRIPTION, w, DESCRIPTION_BOOST)), TIE_BREAKER), Occur.MUST);
            }
            readings.add(smart.build(), Occur.SHOULD);
            count++;
        }

        // Only Latin letters or digits can match the English name; skips one reading for Chinese parts.
        List<String> english = hasLatin(part) ? Analysis.tokens(Analysis.ENGLISH, NAME_EN, part) : List.of();
        if (!english.isEmpty()) {
            readings.add(new BoostQuery(allOf(NAME_EN, english), ENGLISH_BOOST), Occur.SHOULD);
            count++;
        }

        List<String> bigrams = Analysis.tokens(Analysis.BIGRAM, BIGRAMS, part);
        if (!bigrams.isEmpty()) {
            readings.add(new BoostQuery(allOf(BIGRAMS, bigrams), BIGRAM_BOOST), Occur.SHOULD);
            count++;
        }
        return count == 0 ? null : readings.build();
    }

    private static boolean hasLatin(String text) {
        return text.chars().anyMatch(c -> (c < 0x2E80 && Character.isLetterOrDigit(c)) || (c >= 0xFF10 && c <= 0xFF5A));
    }

    private static Query allOf(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(terms)) {
            b.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return b.build();
    }

    private static Query boosted(String field, String term, float boost) {
        Query q = new TermQuery(new Term(field, term));
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
