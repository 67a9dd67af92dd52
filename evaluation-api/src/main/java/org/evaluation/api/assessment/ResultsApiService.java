package org.evaluation.api.assessment;

import org.evaluation.api.PageResult;
import org.evaluation.api.security.Access;

import java.util.List;

/**
 * The final results of an organisation's assessments, for the HR and payroll systems that read them
 * with an API key holding {@link org.evaluation.api.apikey.ApiRight#READ_RESULTS}. A cycle's results
 * are final once it is closed: only then are the consequences (嘉奖, wage step, level, demotion)
 * written, so an earlier request is refused rather than answered with what may still change.
 */
public interface ResultsApiService {

    int PAGE_SIZE_MAX = 500;

    /** The key organisation's cycles, newest year first, each with whether its results are final. */
    @Access(Access.Rule.TOKEN)
    List<CycleOutline> cycles(long apiKeyId);

    /**
     * One page of the final results of the key organisation's cycle of the year, in the order of the
     * people's ids, optionally only of one unit and the units below it. Every call is kept in the
     * audit trail, since it hands out personal data.
     *
     * @param page 0 for the first page
     * @param unitId a unit of the key's organisation; any other is not found
     * @param size 1 to {@link #PAGE_SIZE_MAX}
     */
    @Access(Access.Rule.TOKEN)
    PageResult<FinalResult> results(long apiKeyId, int year, Long unitId, int page, int size);
}
