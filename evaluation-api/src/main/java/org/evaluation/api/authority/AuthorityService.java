package org.evaluation.api.authority;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaluation.api.assessment.Quota;
import org.evaluation.api.documents.DocumentFile;
import org.evaluation.api.security.Access;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;
import java.util.Optional;

/**
 * The competent authority (公务员主管部门) and the organisations it oversees: HR asks for a 优秀 quota
 * above 20 %, the authority consents or refuses with a reason; each closed cycle's results are filed
 * (备案) with it, as a dated record and a PDF that both sides can read. It changes no grade.
 */
public interface AuthorityService {

    int REASON_MAX = 1000;

    /** HR asks for a quota above 20 % (at most 25 %); one request waits at a time per cycle. */
    QuotaConsentView requestQuota(@Ref(Kind.CYCLE) long cycleId,
                                  @Min(Quota.DEFAULT_PERCENT + 1) @Max(Quota.APPROVED_MAXIMUM_PERCENT) int percent,
                                  @NotBlank @Size(max = REASON_MAX) String reason);

    /** The authority consents to the quota asked for, or refuses; either way with a reason. */
    QuotaConsentView decideQuota(@Ref(Kind.QUOTA_CONSENT) long consentId, long version, boolean consent,
                                 @NotBlank @Size(max = REASON_MAX) String reason);

    /** The requests of a cycle, newest first. */
    List<QuotaConsentView> consentsOf(@Ref(Kind.CYCLE) long cycleId);

    /** The requests of the organisations the authority oversees: waiting ones, or all. */
    @Access(Access.Rule.REACHABLE)
    List<QuotaConsentView> consents(boolean waitingOnly);

    /** The filings of the organisations the authority oversees, newest first. */
    @Access(Access.Rule.REACHABLE)
    List<FilingView> filings();

    Optional<FilingView> filingOf(@Ref(Kind.CYCLE) long cycleId);

    /** The filed results as a PDF: every participant with unit, position and final grade. */
    DocumentFile filingDocument(@Ref(Kind.CYCLE) long cycleId);
}
