package org.evaluation.web.shell;

import java.util.List;

/**
 * A link of the navigation: the page, the bundle keys of its label and description, and the
 * pages reached from it that keep it highlighted (the person page belongs to the people list).
 */
public record MenuItem(String outcome, String labelKey, String descriptionKey, List<String> related) {

    public MenuItem(String outcome, String labelKey, String descriptionKey) {
        this(outcome, labelKey, descriptionKey, List.of());
    }

    public MenuItem {
        related = List.copyOf(related);
    }

    public boolean covers(String viewId) {
        return outcome.equals(viewId) || related.contains(viewId);
    }
}
