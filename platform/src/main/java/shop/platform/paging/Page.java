package shop.platform.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One page of a list, as every list endpoint returns it:
 * {@code {"items": [...], "page": 0, "size": 20, "total": 137}}.
 *
 * <p>{@code page} and {@code size} echo the request, so {@code items} holds at most {@code size}
 * entries (fewer on the last page, none past it); {@code total} counts the matching items on all
 * pages, so a client can tell how many pages there are.
 *
 * @param items the items on this page, in list order
 * @param page  the page number, 0 for the first page
 * @param size  the requested number of items per page
 * @param total the number of matching items on all pages
 * @param <T>   the item type
 */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * @throws NullPointerException     if {@code items} is or contains null
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, was " + total);
        }
    }

    /** The page {@code request} asked for, holding {@code items}, out of {@code total} items. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        Objects.requireNonNull(request, "request");
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The same page with every item converted, e.g. from an entity to its public view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new Page<>(mapped, page, size, total);
    }
}
