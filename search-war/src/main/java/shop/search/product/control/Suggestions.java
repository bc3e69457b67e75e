package shop.search.product.control;

import static shop.search.product.control.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import shop.search.product.entity.IndexedProduct;

/**
 * Type-ahead over the live products of the main index, so it is never stale after an upsert or removal. Text is
 * tokenized into single Han characters and whole Latin words: the typed text must appear in a name, English name
 * or brand name as consecutive tokens, its last token as a prefix ("华为" anywhere in "新款华为手机"; "huaw" at a
 * word start in "Huawei Phone").
 */
final class Suggestions {

    static final int MAX_LIMIT = 50;
    /** How many prefix completions the last typed token may expand to. */
    private static final int MAX_EXPANSIONS = 64;
    private static final List<String> FIELDS = List.of(SUGGEST_BRAND, SUGGEST_NAME, SUGGEST_NAME_EN);
    private static final Sort BEST_SELLING = new Sort(new SortField(SALES, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.STRING));

    private Suggestions() {
    }

    static List<String> suggest(IndexSearcher searcher, String text, int limit) throws IOException {
        if (text == null || limit <= 0) {
            return List.of();
        }
        int max = Math.min(limit, MAX_LIMIT);
        String typedText = text.length() > 50 ? text.substring(0, 50) : text;
        List<String> typed = Analysis.tokens(Analysis.CHARS, SUGGEST_NAME, typedText);
        if (typed.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : FIELDS) {
            Query q = phrasePrefix(searcher.getIndexReader(), field, typed);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(KIND, KIND_LIVE)), Occur.FILTER)
                .build();
        // Several products share a brand or a name: look a little further than the limit.
        TopFieldDocs top = searcher.search(query, Math.min(max * 4, 200), BEST_SELLING);
        Map<String, String> out = new LinkedHashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            IndexedProduct p = ProductDocuments.decode(
                    searcher.storedFields().document(sd.doc, Set.of(SOURCE)).getBinaryValue(SOURCE));
            for (String candidate : new String[] {p.brandName(), p.name(), p.nameEn()}) {
                if (candidate != null && contains(Analysis.tokens(Analysis.CHARS, SUGGEST_NAME, candidate), typed)) {
                    out.putIfAbsent(candidate.toLowerCase(Locale.ROOT), candidate);
                    if (out.size() == max) {
                        return new ArrayList<>(out.values());
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Query phrasePrefix(IndexReader reader, String field, List<String> typed) throws IOException {
        String last = typed.get(typed.size() - 1);
        if (typed.size() == 1) {
            return new PrefixQuery(new Term(field, last));
        }
        List<Term> expansions = expand(reader, field, last);
        if (expansions.isEmpty()) {
            return null;
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (int i = 0; i < typed.size() - 1; i++) {
            phrase.add(new Term(field, typed.get(i)));
        }
        phrase.add(expansions.toArray(Term[]::new));
        return phrase.build();
    }

    private static List<Term> expand(IndexReader reader, String field, String prefix) throws IOException {
        List<Term> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return out;
        }
        BytesRef start = new BytesRef(prefix);
        TermsEnum te = terms.iterator();
        if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return out;
        }
        do {
            BytesRef term = te.term();
            if (!StringHelper.startsWith(term, start)) {
                break;
            }
            out.add(new Term(field, BytesRef.deepCopyOf(term)));
        } while (out.size() < MAX_EXPANSIONS && te.next() != null);
        return out;
    }

    /** Whether {@code typed} occurs in {@code tokens} as consecutive tokens, its last one as a prefix. */
    static boolean contains(List<String> tokens, List<String> typed) {
        int n = typed.size();
        outer:
        for (int start = 0; start + n <= tokens.size(); start++) {
            for (int i = 0; i < n - 1; i++) {
                if (!tokens.get(start + i).equals(typed.get(i))) {
                    continue outer;
                }
            }
            if (tokens.get(start + n - 1).startsWith(typed.get(n - 1))) {
                return true;
            }
        }
        return false;
    }
}
