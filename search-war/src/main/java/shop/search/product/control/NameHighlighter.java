package shop.search.product.control;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words of a product name that the keywords matched with {@code <em>}, HTML-escaping the rest. Analyzes
 * the name again rather than storing offsets: names are short, and this keeps the index smaller.
 */
final class NameHighlighter {

    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(Analysis.PER_FIELD)
            .withBreakIterator(WholeBreakIterator::new) // the whole name, never a fragment
            .withMaxLength(10_000)
            .withFormatter(new EmFormatter())
            .build();

    /** The escaped name with the matched words wrapped; {@code query} null gives the escaped name. */
    String highlight(Query query, String name) {
        if (query == null || name.isEmpty()) {
            return escape(name);
        }
        try {
            Object words = highlighter.highlightWithoutSearcher(IndexFields.NAME, query, name, 1);
            if (words instanceof Marked m && m.matched) {
                return m.html;
            }
            // Found through the bigram fallback: mark the bigrams instead.
            Object bigrams = highlighter.highlightWithoutSearcher(IndexFields.BIGRAMS, query, name, 1);
            if (bigrams instanceof Marked m && m.matched) {
                return m.html;
            }
            return escape(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private record Marked(String html, boolean matched) {
    }

    /** Formats the whole name; overlapping matches (bigrams) are merged into one mark. */
    private static final class EmFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder(content.length() + 32);
            int pos = 0;
            boolean matched = false;
            for (Passage passage : passages) {
                int[] starts = passage.getMatchStarts();
                int[] ends = passage.getMatchEnds();
                int i = 0;
                while (i < passage.getNumMatches()) {
                    int start = Math.max(starts[i], pos);
                    int end = ends[i];
                    i++;
                    while (i < passage.getNumMatches() && starts[i] <= end) {
                        end = Math.max(end, ends[i]);
                        i++;
                    }
                    if (end <= start) {
                        continue;
                    }
                    escape(content, pos, start, out);
                    out.append("<em>");
                    escape(content, start, end, out);
                    out.append("</em>");
                    pos = end;
                    matched = true;
                }
            }
            escape(content, pos, content.length(), out);
            return new Marked(out.toString(), matched);
        }
    }
}
