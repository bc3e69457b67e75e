package shop.search.product.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/**
 * Answers to recent searches, as sent, kept under the index generation they were computed on:
 * shoppers ask the same head queries again and again, and as long as no write became visible the
 * answer cannot differ. A visible write changes the generation, so no answer is ever staler than
 * the index (the same rule as Solr's query result cache).
 */
@ApplicationScoped
public class SearchAnswers {

    /** A search's answer: the JSON sent, and how many products it found. */
    public record Answer(byte[] json, long total) {
    }

    private record Key(String generation, ProductQuery query) {
    }

    @Inject
    ReplicaIndex replica;

    @Inject
    @ConfigProperty(name = "shop.search.answer-cache.size", defaultValue = "20000")
    long size;

    private Cache<Key, Answer> answers;

    @PostConstruct
    void create() {
        answers = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(Duration.ofMinutes(10)).build();
    }

    /** The answer to {@code query} on what the index holds now, rendered by {@code render} when not known yet. */
    public Answer answer(ProductQuery query, Function<ProductHits, String> render) {
        String generation = replica.index().generation();
        return answers.get(new Key(generation, query), key -> {
            ProductHits hits = replica.search(query);
            return new Answer(render.apply(hits).getBytes(StandardCharsets.UTF_8), hits.total());
        });
    }
}
