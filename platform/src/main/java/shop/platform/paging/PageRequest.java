package shop.platform.paging;

/**
 * Which page of a list a client asks for: {@code page} counts from 0 and {@code size} is the
 * number of items per page. A client that leaves them out gets page 0 of 20 items; no client
 * gets more than 100 items at once, so one request cannot make a service read a whole table.
 *
 * @param page the page number, 0 for the first page
 * @param size the number of items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    /** The page a client gets when it does not ask for one: the first. */
    public static final int DEFAULT_PAGE = 0;

    /** The page size a client gets when it does not ask for one. */
    public static final int DEFAULT_SIZE = 20;

    /** The largest page size a client may ask for. */
    public static final int MAX_SIZE = 100;

    /**
     * @throws IllegalArgumentException if {@code page} is negative or {@code size} is outside
     *                                  1..{@value #MAX_SIZE}
     */
    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    /**
     * The request for query parameters as a client sent them; a missing ({@code null}) value
     * takes its default.
     *
     * @throws IllegalArgumentException naming the parameter, if {@code page} is negative or
     *                                  {@code size} is outside 1..{@value #MAX_SIZE}
     */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(
                page == null ? DEFAULT_PAGE : page,
                size == null ? DEFAULT_SIZE : size);
    }

    /** How many items come before this page: the number to skip in a query. */
    public long offset() {
        return (long) page * size;
    }
}
