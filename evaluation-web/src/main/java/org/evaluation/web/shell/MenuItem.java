package org.evaluation.web.shell;

/** A link of the navigation: the page and the bundle keys of its label and description. */
public record MenuItem(String outcome, String labelKey, String descriptionKey) {
}
