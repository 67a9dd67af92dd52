package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.platform.Today;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.Eligibility;
import org.evaluation.api.eligibility.EligibilityRecordForm;
import org.evaluation.api.eligibility.EligibilityRecordService;
import org.evaluation.api.eligibility.EligibilityRecordView;
import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonDetails;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one person that decide whether they may be graded
 * ({@code hr/records.xhtml?person=..}): the list, adding one, closing an investigation, removing
 * one entered by mistake, and what they mean for the assessment of a chosen year.
 */
@Named("records")
@ViewScoped
public class RecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Sick and personal leave days above which no grade is given, unless HR chooses otherwise: half a year. */
    static final int DEFAULT_LEAVE_DAY_LIMIT = 182;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the panel under the list is doing with the chosen record. */
    public enum Action { CLOSE, REMOVE }

    @EJB
    private EligibilityRecordService recordService;

    @EJB
    private PeopleService peopleService;

    private String person;
    private PersonDetails details;
    private List<EligibilityRecordView> rows = List.of();
    private EligibilityRecordForm form = new EligibilityRecordForm();

    private int year = Dates.today().getYear();
    private int leaveDayLimit = DEFAULT_LEAVE_DAY_LIMIT;
    private int shownYear;
    private Eligibility eligibility;

    private EligibilityRecordView selected;
    private Action action;
    private LocalDate closedOn;
    private InvestigationOutcome outcome;
    private String reason;
    private boolean conflict;

    /** Loads the person of the {@code person} parameter; one that is not a number or names nobody is a missing page. */
    public void load() {
        try {
            details = peopleService.person(Long.parseLong(person == null ? "" : person.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundPage.send();
            return;
        }
        reload();
    }

    /** The records and the eligibility as stored now. */
    private void reload() {
        rows = recordService.records(details.id());
        if (selected != null) {
            selected = rows.stream().filter(r -> r.id() == selected.id()).findFirst().orElse(null);
            if (selected == null) {
                action = null;
            }
        }
        assess();
    }

    // --- the eligibility of a year ---

    public void assess() {
        eligibility = recordService.preview(details.id(), year, leaveDayLimit);
        shownYear = year;
    }

    /** The record that caused the restriction, when it is one of the list. */
    public EligibilityRecordView getCause() {
        if (eligibility == null || eligibility.recordId() == null) {
            return null;
        }
        return rows.stream().filter(r -> r.id() == eligibility.recordId()).findFirst().orElse(null);
    }

    // --- adding ---

    /** A new kind keeps only the fields it takes. */
    public void kindChanged() {
        dropFieldsTheKindDoesNotTake(form);
    }

    static void dropFieldsTheKindDoesNotTake(EligibilityRecordForm form) {
        RecordKind kind = form.getKind();
        if (kind == null || !kind.takesClosing()) {
            form.setEndDate(null);
            form.setOutcome(null);
        }
        if (kind == null || !kind.takesDays()) {
            form.setDays(null);
        }
        if (kind == null || !kind.takesYear()) {
            form.setYear(null);
        }
    }

    public void add() {
        dropFieldsTheKindDoesNotTake(form);
        recordService.add(details.id(), form);
        Texts.info("records.added", Texts.text(form.getKind().key()), form.getStartDate().toString());
        form = new EligibilityRecordForm();
        reload();
    }

    // --- closing and removing ---

    public void startClosing(EligibilityRecordView row) {
        select(row, Action.CLOSE);
        closedOn = Dates.today();
    }

    public void startRemoving(EligibilityRecordView row) {
        select(row, Action.REMOVE);
    }

    private void select(EligibilityRecordView row, Action next) {
        selected = row;
        action = next;
        closedOn = null;
        outcome = null;
        reason = null;
        conflict = false;
    }

    public void cancel() {
        selected = null;
        action = null;
    }

    public void close() {
        try {
            recordService.closeInvestigation(selected.id(), selected.version(), closedOn, outcome);
        } catch (EditConflictException | NotFoundException e) {
            changedMeanwhile();
            throw e;
        }
        Texts.info("records.closed", selected.startDate().toString(), closedOn.toString());
        cancel();
        reload();
    }

    public void remove() {
        try {
            recordService.remove(selected.id(), selected.version(), reason);
        } catch (EditConflictException | NotFoundException e) {
            changedMeanwhile();
            throw e;
        }
        Texts.info("records.removed", Texts.text(selected.kind().key()), selected.startDate().toString());
        cancel();
        reload();
    }

    /** Somebody changed or removed the record meanwhile: show what is stored now. */
    private void changedMeanwhile() {
        conflict = true;
        reload();
    }

    // --- what the page shows ---

    public String getTitle() {
        return details == null ? Texts.text("records.title.none") : Texts.text("records.title", details.form().getName());
    }

    /** The kinds, grouped as sanctions, party sanctions, measures, and so on, with their names in the user's language. */
    public List<SelectItem> getKindChoices() {
        return Arrays.stream(RecordKind.Category.values()).map(category -> {
            SelectItem[] kinds = Arrays.stream(RecordKind.values()).filter(k -> k.category() == category)
                    .map(k -> new SelectItem(k, Texts.text(k.key()))).toArray(SelectItem[]::new);
            return (SelectItem) new SelectItemGroup(Texts.text("RecordKind.Category." + category.name()), null, false,
                    kinds);
        }).toList();
    }

    public InvestigationOutcome[] getOutcomes() {
        return InvestigationOutcome.values();
    }

    /** The label of the start date, which means something else for each group of kinds. */
    public String getStartDateLabel() {
        return Texts.text(form.getKind() == null ? "records.form.startDate"
                : "records.form.startDate." + form.getKind().category().name());
    }

    /** When the record was entered, in China's time. */
    public String localTime(LocalDateTime utc) {
        return utc == null ? "" : Today.inChina(utc).format(MINUTES);
    }

    public LocalDate getToday() {
        return Dates.today();
    }

    public boolean isSelected(EligibilityRecordView row) {
        return selected != null && row != null && selected.id() == row.id();
    }

    public boolean isClosing() {
        return selected != null && action == Action.CLOSE;
    }

    public boolean isRemoving() {
        return selected != null && action == Action.REMOVE;
    }

    public PersonDetails getDetails() {
        return details;
    }

    public List<EligibilityRecordView> getRows() {
        return rows;
    }

    public EligibilityRecordForm getForm() {
        return form;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public int getShownYear() {
        return shownYear;
    }

    public EligibilityRecordView getSelected() {
        return selected;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getLeaveDayLimit() {
        return leaveDayLimit;
    }

    public void setLeaveDayLimit(int leaveDayLimit) {
        this.leaveDayLimit = leaveDayLimit;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public InvestigationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InvestigationOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
