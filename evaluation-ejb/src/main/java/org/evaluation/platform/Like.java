package org.evaluation.platform;

/**
 * Text typed into a filter, as a pattern for {@code LIKE}: the characters {@code %} and {@code _}
 * the person typed are matched as themselves. Escaped with the backslash, the default escape of H2
 * and PostgreSQL; queries write no {@code ESCAPE} clause, since EclipseLink then stops binding
 * parameters.
 */
public final class Like {

    private Like() {
    }

    /** The text with the wildcards and the escape character escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching any value that contains the text. */
    public static String containing(String text) {
        return "%" + escape(text == null ? "" : text.strip()) + "%";
    }
}
