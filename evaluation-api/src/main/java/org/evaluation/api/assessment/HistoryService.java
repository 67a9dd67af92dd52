package org.evaluation.api.assessment;

import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/** A person's results over the years and what each meant for them, as written when a cycle closed. */
public interface HistoryService {

    /** The caller's own years, latest first. */
    @Access(Access.Rule.OWN)
    List<YearResult> mine();

    /** HR: any person's years, latest first. */
    List<YearResult> of(@Ref(Kind.PERSON) long personId);
}
