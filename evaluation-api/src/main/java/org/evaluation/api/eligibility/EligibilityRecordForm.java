package org.evaluation.api.eligibility;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What HR enters for a new record. Which of the optional fields belong to a kind is told by the
 * kind ({@link RecordKind#takesClosing()}, {@link RecordKind#takesDays()},
 * {@link RecordKind#takesYear()}); the service refuses a field the kind does not take, and a
 * missing one it needs.
 */
public class EligibilityRecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private RecordKind kind;
    /** The decision date, the day a case was opened, the first day of a leave. */
    @NotNull
    @PastOrPresent
    private LocalDate startDate;
    /** The closing date of an investigation (结案日期), if it is already closed. */
    @PastOrPresent
    private LocalDate endDate;
    /** How a closed investigation ended. */
    private InvestigationOutcome outcome;
    /** The days of a leave. */
    @Min(1)
    @Max(366)
    private Integer days;
    /** The assessment year a refusal to take part concerns. */
    @Min(1990)
    @Max(2100)
    private Integer year;
    /** The reference of the decision document (文号), e.g. 市纪发〔2026〕12号. */
    @Size(max = 60)
    private String reference;
    @Size(max = 500)
    private String note;

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public InvestigationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InvestigationOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
