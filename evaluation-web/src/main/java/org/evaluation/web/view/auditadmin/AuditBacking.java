package org.evaluation.web.view.auditadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.audit.ChainVerification;
import org.evaluation.web.support.Texts;
import org.evaluation.web.support.PagedRows;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit trail page: every recorded change, newest first, and the check of the hash chain. */
@Named("auditTrail")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The kinds of record the trail speaks of, for the filter. */
    public static final List<String> SUBJECT_TYPES = List.of("Person", "Unit", "Organisation", "Account", "Platform",
            "AssessmentCycle", "Participant", "Objection", "GradeChallenge", "EligibilityRecord",
            "QuarterlyAssessment", "QuarterlyPolicy", "CalendarDay", "Ballot", "ApiKey", "Rating");

    @EJB
    private AuditService audit;

    private String subjectType;

    private ChainVerification verification;

    private final LazyDataModel<AuditEntryView> entries = new PagedRows<>(
            (sortBy, first, size) -> audit.entries(subjectType, first, size), AuditEntryView::sequence);

    public void verify() {
        verification = audit.verify();
        if (verification.intact()) {
            Texts.info("audit.verify.intact", verification.entriesChecked());
        } else {
            Texts.error("audit.verify.broken", verification.firstBrokenSequence(), verification.entriesChecked());
        }
    }

    /** The UTC time of the entry in the server's time zone. */
    public String localTime(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
    }

    /** A label for a known action or kind of record, the raw name otherwise. */
    public String label(String prefix, String name) {
        String key = prefix + name;
        String text = Texts.text(key);
        return key.equals(text) ? name : text;
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    public List<String> getSubjectTypes() {
        return SUBJECT_TYPES;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
