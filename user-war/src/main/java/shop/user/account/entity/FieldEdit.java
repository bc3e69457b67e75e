package shop.user.account.entity;

/**
 * What a partial update does to one optional field: keep it, clear it, or set it to a value.
 * A plain nullable value cannot say "clear" apart from "keep".
 *
 * @param touched whether the field changes at all
 * @param value   the new value when touched; null clears the field
 */
public record FieldEdit<T>(boolean touched, T value) {

    private static final FieldEdit<?> KEEP = new FieldEdit<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> FieldEdit<T> keep() {
        return (FieldEdit<T>) KEEP;
    }

    public static <T> FieldEdit<T> clear() {
        return new FieldEdit<>(true, null);
    }

    public static <T> FieldEdit<T> to(T value) {
        return new FieldEdit<>(true, value);
    }

    /** The field's value after this edit. */
    public T applyTo(T current) {
        return touched ? value : current;
    }
}
