package shop.search.trend.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import shop.platform.ServiceIdentity;
import shop.platform.schedule.RepeatingTask;

/**
 * The query log behind the hot words. Searches that found something are counted in memory per
 * normalized term and added to the day's counts in the database every few seconds, so a search
 * never waits for a write; hot words are the most searched terms over the last
 * {@code shop.search.hot-words.days} days, read again at most every
 * {@code shop.search.hot-words.refresh}.
 */
@ApplicationScoped
public class SearchTerms {

    static final int LONGEST_TERM = 64;

    @Inject
    ServiceIdentity service;

    @Inject
    @ConfigProperty(name = "shop.search.hot-words.days", defaultValue = "7")
    int days;

    @Inject
    @ConfigProperty(name = "shop.search.hot-words.refresh", defaultValue = "PT10S")
    Duration refresh;

    @Resource
    ManagedScheduledExecutorService executor;

    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();
    private volatile List<String> hot = List.of();
    private volatile long hotReadAt;
    private RepeatingTask flusher;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        flusher = RepeatingTask.start(executor, Duration.ofSeconds(2), Duration.ofSeconds(2), "search terms", this::flush);
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.cancel();
        }
        flush();
    }

    /** A search for {@code keywords} found something: count it. */
    public void searched(String keywords) {
        String term = normalized(keywords);
        if (!term.isEmpty()) {
            pending.computeIfAbsent(term, t -> new LongAdder()).increment();
        }
    }

    /** The most searched terms of recent days, most searched first. */
    public List<String> hot(int limit) {
        if (System.currentTimeMillis() - hotReadAt > refresh.toMillis()) {
            hot = read(100);
            hotReadAt = System.currentTimeMillis();
        }
        return hot.subList(0, Math.min(limit, hot.size()));
    }

    /** Lower case, single spaces, trimmed, at most 64 characters: 华为 手机 and " 华为  手机" count as one term. */
    static String normalized(String keywords) {
        if (keywords == null) {
            return "";
        }
        String term = keywords.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return term.length() > LONGEST_TERM ? term.substring(0, LONGEST_TERM) : term;
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Long> counts = new HashMap<>();
        for (String term : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(term);
            if (adder != null) {
                counts.put(term, adder.sum());
            }
        }
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO search_term (day, term, searches) VALUES (?, ?, ?)"
                     + " ON CONFLICT (day, term) DO UPDATE SET searches = search_term.searches + EXCLUDED.searches")) {
            Date today = Date.valueOf(LocalDate.now(ZoneOffset.UTC));
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                upsert.setDate(1, today);
                upsert.setString(2, count.getKey());
                upsert.setLong(3, count.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            // Counted again next time rather than lost.
            counts.forEach((term, count) -> pending.computeIfAbsent(term, t -> new LongAdder()).add(count));
            throw new IllegalStateException("cannot record search terms", e);
        }
    }

    private List<String> read(int limit) {
        List<String> terms = new ArrayList<>();
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT term FROM search_term WHERE day >= ?"
                     + " GROUP BY term ORDER BY SUM(searches) DESC, term LIMIT ?")) {
            select.setDate(1, Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(days - 1L)));
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    terms.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read hot words", e);
        }
        return terms;
    }
}
