package org.evaluation.api.assessment;

import java.util.List;

/** A person's results over the years and what each meant for them, as written when a cycle closed. */
public interface HistoryService {

    /** The caller's own years, latest first. */
    List<YearResult> mine();

    /** HR: any person's years, latest first. */
    List<YearResult> of(long personId);
}
