package org.evaluation.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.apikey.ApiRight;
import org.evaluation.api.assessment.CycleOutline;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.FinalResult;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.ResultsApiService;
import org.evaluation.apikey.ApiKey;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Unit;
import org.evaluation.organisation.UnitTree;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The final results for calling systems. Callers are API keys, not signed-in people: every method
 * checks the key and its right first, and answers only about the key's organisation.
 */
@Stateless
@Local(ResultsApiService.class)
public class ResultsApiServiceBean implements ResultsApiService {

    private static final String RESULTS = "SELECT per.id, per.name, per.idNumber, u.id, u.name, per.position,"
            + " r.grade, r.effect, r.commendation, r.thirdClassMerit, r.qualifyingYears, r.wageStepDue, r.levelDue,"
            + " r.demotion, r.dismissalFlag, p.acknowledgedOn, p.refusedOn";
    private static final String FROM = " FROM Participant p JOIN p.person per JOIN p.unit u, ConsequenceRecord r"
            + " WHERE p.cycle.id = :cycle AND p.removed = :no AND r.person = per AND r.year = :year";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Override
    @PermitAll
    public List<CycleOutline> cycles(long apiKeyId) {
        ApiKey key = ApiKey.require(em, apiKeyId, ApiRight.READ_RESULTS);
        return em.createQuery("SELECT c.year, c.status, c.scheme, (SELECT COUNT(p) FROM Participant p"
                        + " WHERE p.cycle = c AND p.removed = :no) FROM AssessmentCycle c"
                        + " WHERE c.organisation.id = :organisation ORDER BY c.year DESC", Object[].class)
                .setParameter("organisation", key.getOrganisation().getId()).setParameter("no", false)
                .getResultStream()
                .map(r -> new CycleOutline((Integer) r[0], (CycleStatus) r[1], (GradeScheme) r[2],
                        ((Number) r[3]).longValue(), r[1] == CycleStatus.CLOSED))
                .toList();
    }

    @Override
    @PermitAll
    public PageResult<FinalResult> results(long apiKeyId, int year, Long unitId, int page, int size) {
        ApiKey key = ApiKey.require(em, apiKeyId, ApiRight.READ_RESULTS);
        if (page < 0 || size < 1 || size > PAGE_SIZE_MAX) {
            throw new RuleViolationException("api.results.pageInvalid", PAGE_SIZE_MAX);
        }
        long organisationId = key.getOrganisation().getId();
        AssessmentCycle cycle = em.createQuery("SELECT c FROM AssessmentCycle c WHERE c.organisation.id = :organisation"
                        + " AND c.year = :year", AssessmentCycle.class)
                .setParameter("organisation", organisationId).setParameter("year", year).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("AssessmentCycle", year));
        if (cycle.getStatus() != CycleStatus.CLOSED) {
            throw new RuleViolationException("api.results.notFinal", year, cycle.getStatus());
        }
        Set<Long> units = null;
        if (unitId != null) {
            Unit unit = em.find(Unit.class, unitId);
            if (unit == null || !unit.getOrganisation().getId().equals(organisationId)) {
                throw new RuleViolationException("api.results.unitUnknown", String.valueOf(unitId));
            }
            units = UnitTree.withUnitsBelow(em, unit);
        }
        String where = units == null ? "" : " AND u.id IN :units";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + FROM + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery(RESULTS + FROM + where + " ORDER BY per.id", Object[].class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("cycle", cycle.getId()).setParameter("no", false).setParameter("year", year);
            if (units != null) {
                q.setParameter("units", units);
            }
        }
        List<FinalResult> results = rows.setFirstResult(page * size).setMaxResults(size).getResultStream()
                .map(r -> result(r, cycle.getScheme())).toList();
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("year", year);
        read.put("unit", unitId);
        read.put("page", page);
        read.put("rows", results.size());
        audit.record("readResults", "ApiKey", apiKeyId, null, read);
        return new PageResult<>(results, count.getSingleResult());
    }

    private static FinalResult result(Object[] r, GradeScheme scheme) {
        return new FinalResult((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
                scheme, (Grade) r[6], (EligibilityEffect) r[7], (Boolean) r[8], (Boolean) r[9], (Integer) r[10],
                (Boolean) r[11], (Boolean) r[12], (Boolean) r[13], (Boolean) r[14], (LocalDate) r[15],
                (LocalDate) r[16]);
    }
}
