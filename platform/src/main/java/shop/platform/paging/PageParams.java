package shop.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of every list endpoint, validated at the
 * boundary (a bad value is 400 {@code VALIDATION_FAILED}, not a 500). Use as a {@code @BeanParam}.
 */
public class PageParams {

    @QueryParam("page")
    @Min(value = 0, message = "must be 0 or more")
    Integer page;

    @QueryParam("size")
    @Min(value = 1, message = "must be between 1 and " + PageRequest.MAX_SIZE)
    @Max(value = PageRequest.MAX_SIZE, message = "must be between 1 and " + PageRequest.MAX_SIZE)
    Integer size;

    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
