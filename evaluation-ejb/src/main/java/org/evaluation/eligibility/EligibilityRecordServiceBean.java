package org.evaluation.eligibility;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.EligibilityRecordService;
import org.evaluation.api.eligibility.EligibilityRecordView;
import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.HR;

/**
 * HR's records that decide eligibility.
 * <p>
 * A record entered by mistake is deleted, not flagged: the audit trail already keeps its full
 * content, who removed it, when and why, in an append-only chain whose every entry is hashed, so
 * a flag in this table would add nothing but a column that every query of the assessment would
 * have to remember to filter, and that a later change could quietly clear. What counts for a
 * grade is what is in the table; what was ever in it is in the trail.
 */
@Stateless
@Local(EligibilityRecordService.class)
@DeclareRoles(HR)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class EligibilityRecordServiceBean implements EligibilityRecordService {

    static final String SUBJECT = "EligibilityRecord";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private EligibilityAssessor assessor;

    @Override
    @RolesAllowed(HR)
    public List<EligibilityRecordView> records(long personId) {
        Records.find(em, Person.class, personId);
        return em.createNamedQuery("EligibilityRecord.ofPerson", EligibilityRecord.class)
                .setParameter("person", personId).getResultList().stream().map(EligibilityRecord::view).toList();
    }

    /**
     * Besides the rules of the record itself: the same kind on the same day for the same person
     * is a duplicate, and a year holds no more sick and personal leave than it has days.
     */
    @Override
    @RolesAllowed(HR)
    public long add(long personId, EligibilityRecordForm form) {
        Person person = Records.find(em, Person.class, personId);
        EligibilityRecord record = new EligibilityRecord(person, form, caller.username(),
                LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.SECONDS));
        long same = em.createNamedQuery("EligibilityRecord.countSame", Long.class).setParameter("person", personId)
                .setParameter("kind", form.getKind()).setParameter("start", form.getStartDate()).getSingleResult();
        if (same > 0) {
            throw new RuleViolationException("eligibility.record.duplicate", form.getStartDate());
        }
        if (form.getKind().takesDays()) {
            requireRoomForLeave(personId, form.getStartDate(), record.getDays());
        }
        em.persist(record);
        em.flush();
        audit.record("create", SUBJECT, record.getId(), null, record.auditSnapshot());
        return record.getId();
    }

    private void requireRoomForLeave(long personId, LocalDate start, int days) {
        LocalDate first = start.withDayOfYear(1);
        Long taken = em.createNamedQuery("EligibilityRecord.leaveDaysBetween", Long.class)
                .setParameter("person", personId)
                .setParameter("kinds", List.of(RecordKind.SICK_LEAVE, RecordKind.PERSONAL_LEAVE))
                .setParameter("from", first).setParameter("to", first.plusYears(1).minusDays(1))
                .getSingleResult();
        long total = (taken == null ? 0 : taken) + days;
        if (total > start.lengthOfYear()) {
            throw new RuleViolationException("eligibility.record.leaveExceedsYear", String.valueOf(start.getYear()),
                    taken == null ? 0 : taken, start.lengthOfYear());
        }
    }

    @Override
    @RolesAllowed(HR)
    public void closeInvestigation(long recordId, long version, LocalDate closedOn, InvestigationOutcome outcome) {
        EligibilityRecord record = Records.findAt(em, EligibilityRecord.class, recordId, version);
        Map<String, Object> before = record.auditSnapshot();
        record.close(closedOn, outcome);
        audit.record("closeInvestigation", SUBJECT, recordId, before, record.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void remove(long recordId, long version, String reason) {
        EligibilityRecord record = Records.findAt(em, EligibilityRecord.class, recordId, version);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("removed", true);
        after.put("reason", reason.strip());
        audit.record("remove", SUBJECT, recordId, record.auditSnapshot(), after);
        em.remove(record);
    }

    @Override
    @RolesAllowed(HR)
    public Eligibility preview(long personId, int year, int leaveDayLimit) {
        return assessor.assess(personId, year, leaveDayLimit);
    }
}
