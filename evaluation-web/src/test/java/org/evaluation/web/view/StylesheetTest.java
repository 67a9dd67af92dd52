package org.evaluation.web.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stylesheet is read whole by the browser: one missing brace silently drops every rule after
 * it, so every page below that point loses its look.
 */
class StylesheetTest {

    private static final Path CSS = Path.of("src/main/webapp/resources/css/app.css");

    @Test
    void everyRuleIsClosed() throws IOException {
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertTrue(depth <= 2, "a rule opens inside a rule near line " + line);
            } else if (c == '}') {
                depth--;
                assertTrue(depth >= 0, "a brace closes nothing near line " + line);
            }
        }
        assertEquals(0, depth, "a rule is never closed");
    }

    @Test
    void nothingIsLoadedFromTheInternet() throws IOException {
        String css = Files.readString(CSS);
        assertFalse(css.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), "every asset comes from the application");
        assertFalse(css.contains("@import"), "no stylesheet from elsewhere");
    }
}
