package org.evaluation.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a cycle's final results; {@code total} counts the results of every page. */
@Schema(name = "ResultsPage")
public record ResultsPageAnswer(int year, int page, int size, long total, List<ResultAnswer> results) {
}
