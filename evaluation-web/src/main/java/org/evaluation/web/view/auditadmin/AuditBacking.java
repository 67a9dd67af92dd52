package org.evaluation.web.view.auditadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditQuery;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.audit.ChainVerification;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.Texts;
import org.evaluation.web.support.PagedRows;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit trail page: every recorded change and security event, newest first, filtered by kind
 * of record, account and days; the check of the keyed chain against the checkpoints; the export.
 */
@Named("auditTrail")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The kinds of record the trail speaks of, for the filter. */
    public static final List<String> SUBJECT_TYPES = List.of("Person", "Unit", "Organisation", "Account", "Platform",
            "AssessmentCycle", "Participant", "Objection", "GradeChallenge", "EligibilityRecord",
            "QuarterlyAssessment", "QuarterlyPolicy", "CalendarDay", "Ballot", "ApiKey", "Rating", "Access", "Sheet",
            "DocumentBatch");

    @EJB
    private AuditService audit;

    private String subjectType;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    private ChainVerification verification;

    private final PagedRows<AuditEntryView> entries = new PagedRows<>(
            (sortBy, first, size) -> audit.search(query(), first, size), AuditEntryView::sequence);

    private AuditQuery query() {
        return new AuditQuery(subjectType, actor, from, to);
    }

    public void verify() {
        verification = audit.verify();
        if (verification.intact()) {
            Texts.info("audit.verify.intact", verification.entriesChecked(), verification.checkpointsChecked());
            return;
        }
        if (verification.firstBrokenSequence() != null) {
            Texts.error("audit.verify.broken", verification.firstBrokenSequence(), verification.entriesChecked());
        }
        if (verification.alteredCheckpointLine() != null) {
            Texts.error("audit.verify.checkpointAltered", verification.alteredCheckpointLine());
        }
    }

    /** Writes the end of the chain out of the database now. */
    public void checkpoint() {
        audit.checkpoint();
        Texts.info("audit.checkpoint.written");
    }

    /** The entries of the filter, all pages, as a workbook. */
    public void export() {
        ExcelDownload.send(AuditSheet.sheet(Texts::text, this::label), entries.pages(), Texts.text("audit.title"),
                "audit-trail");
    }

    /** The UTC time of the entry in China's time. */
    public String localTime(LocalDateTime utc) {
        return AuditSheet.local(utc).format(TIME);
    }

    /** A label for a known action or kind of record, the raw name otherwise. */
    public String label(String prefix, String name) {
        String key = prefix + name;
        String text = Texts.text(key);
        return key.equals(text) ? name : text;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
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
