package shop.user.audit.entity;

/**
 * Text from outside (a username as typed, a header) made safe to keep and show in a log: control
 * and format characters (line breaks, NUL, bidi overrides) become {@code ?}, so an entry cannot
 * forge another line or hide what it says, and the text is cut to a length, counted in
 * characters without splitting a surrogate pair.
 */
public final class LogText {

    private LogText() {
    }

    /** The sanitized text, at most {@code maxChars} long, or null for null. */
    public static String sanitize(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxChars));
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean unsafe = Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            int width = unsafe ? 1 : Character.charCount(codePoint);
            if (clean.length() + width > maxChars) {
                break;
            }
            if (unsafe) {
                clean.append('?');
            } else {
                clean.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return clean.toString();
    }
}
