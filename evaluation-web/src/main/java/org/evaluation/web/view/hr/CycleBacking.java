package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleSettings;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.ParticipantQuery;
import org.evaluation.api.assessment.ParticipantRow;
import org.evaluation.api.assessment.QuotaRounding;
import org.evaluation.api.assessment.Stage;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.PagedRows;
import org.evaluation.web.support.Texts;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One cycle for HR ({@code hr/cycle.xhtml?id=..}): its settings, its steps (open, publicity,
 * closing), and its participants with their eligibility, added or removed with a reason.
 */
@Named("cycle")
@ViewScoped
public class CycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CycleService cycleService;

    private String id;
    private CycleDetails details;
    private final Settings settings = new Settings();
    private LocalDate publicityStart;

    private String name;
    private Stage stage;
    private final LazyDataModel<ParticipantRow> participants = new PagedRows<>((sortBy, first, size) ->
            cycleService.participants(filters(first, size)), ParticipantRow::id);

    private List<PersonOption> addable = List.of();
    private Long addPersonId;
    private String addReason;

    private ParticipantRow selected;
    private String removalReason;

    public void load() {
        try {
            details = cycleService.cycle(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundPage.send();
            return;
        }
        settings.take(details.settings());
        addable = cycleService.addablePeople(details.id());
        publicityStart = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private void reload() {
        details = cycleService.cycle(details.id());
        settings.take(details.settings());
        addable = cycleService.addablePeople(details.id());
    }

    public void saveSettings() {
        cycleService.updateSettings(details.id(), details.version(), settings.toSettings());
        reload();
        Texts.info("cycle.settings.saved");
    }

    public void open() {
        cycleService.open(details.id(), details.version());
        reload();
        Texts.info("cycle.opened");
    }

    public void refreshEligibility() {
        cycleService.refreshEligibility(details.id());
        reload();
        Texts.info("cycle.eligibilityRefreshed");
    }

    public void startPublicity() {
        cycleService.startPublicity(details.id(), details.version(), publicityStart);
        reload();
        Texts.info("cycle.publicityStarted", details.publicityStart().toString(), details.publicityEnd().toString());
    }

    public void endPublicity() {
        cycleService.endPublicity(details.id(), details.version());
        reload();
        Texts.info("cycle.publicityEnded");
    }

    public void close() {
        cycleService.close(details.id(), details.version());
        reload();
        Texts.info("cycle.closed");
    }

    public void addParticipant() {
        cycleService.addParticipant(details.id(), addPersonId, addReason);
        addPersonId = null;
        addReason = null;
        reload();
        Texts.info("cycle.participants.added");
    }

    public void select(ParticipantRow row) {
        selected = row;
        removalReason = null;
    }

    public void removeSelected() {
        if (selected.removalReason() == null) {
            cycleService.removeParticipant(selected.id(), selected.version(), removalReason);
            Texts.info("cycle.participants.removed", selected.name());
        } else {
            cycleService.restoreParticipant(selected.id(), selected.version(), removalReason);
            Texts.info("cycle.participants.restored", selected.name());
        }
        reload();
    }

    public void recordRefusal(ParticipantRow row) {
        cycleService.recordRefusal(row.id(), row.version());
        Texts.info("cycle.participants.refusalRecorded", row.name());
    }

    /** The participant list's filters on screen, one page of it. */
    ParticipantQuery filters(int first, int size) {
        return new ParticipantQuery(details.id(), null, name, stage, null, null, first, size);
    }

    /** The results of the participants the list shows with its filters, all pages, as a workbook. */
    public void exportResults() {
        ExcelDownload.send(ResultsSheet.sheet(Texts::text, details.settings().scheme()),
                ResultsSheet.pages(cycleService, filters(0, 1)), Texts.text("export.results.file",
                        details.organisationName(), String.valueOf(details.year())), "cycle-results");
    }

    public void filtersChanged() {
        // the table reloads its first page with the new filters
    }

    public boolean isEditable() {
        return details != null && (details.status() == CycleStatus.PREPARING || details.status() == CycleStatus.OPEN);
    }

    public String getTitle() {
        return details == null ? Texts.text("cycles.title")
                : Texts.text("cycles.cycleName", details.organisationName(), String.valueOf(details.year()));
    }

    /** The settings form: the record's fields, editable one by one. */
    public static class Settings implements Serializable {

        private static final long serialVersionUID = 1L;

        private GradeScheme scheme;
        private int quotaPercent;
        private QuotaRounding quotaRounding;
        private boolean quarterlyRule;
        private int leaveDayLimit;
        private LocalDate summaryDue;
        private LocalDate reviewDue;
        private LocalDate decisionDue;
        private int publicityDays;

        void take(CycleSettings s) {
            scheme = s.scheme();
            quotaPercent = s.quotaPercent();
            quotaRounding = s.quotaRounding();
            quarterlyRule = s.quarterlyRule();
            leaveDayLimit = s.leaveDayLimit();
            summaryDue = s.summaryDue();
            reviewDue = s.reviewDue();
            decisionDue = s.decisionDue();
            publicityDays = s.publicityDays();
        }

        CycleSettings toSettings() {
            return new CycleSettings(scheme, quotaPercent, quotaRounding, quarterlyRule, leaveDayLimit,
                    summaryDue, reviewDue, decisionDue, publicityDays);
        }

        public GradeScheme getScheme() {
            return scheme;
        }

        public void setScheme(GradeScheme scheme) {
            this.scheme = scheme;
        }

        public int getQuotaPercent() {
            return quotaPercent;
        }

        public void setQuotaPercent(int quotaPercent) {
            this.quotaPercent = quotaPercent;
        }


        public QuotaRounding getQuotaRounding() {
            return quotaRounding;
        }

        public void setQuotaRounding(QuotaRounding quotaRounding) {
            this.quotaRounding = quotaRounding;
        }

        public boolean isQuarterlyRule() {
            return quarterlyRule;
        }

        public void setQuarterlyRule(boolean quarterlyRule) {
            this.quarterlyRule = quarterlyRule;
        }

        public int getLeaveDayLimit() {
            return leaveDayLimit;
        }

        public void setLeaveDayLimit(int leaveDayLimit) {
            this.leaveDayLimit = leaveDayLimit;
        }

        public LocalDate getSummaryDue() {
            return summaryDue;
        }

        public void setSummaryDue(LocalDate summaryDue) {
            this.summaryDue = summaryDue;
        }

        public LocalDate getReviewDue() {
            return reviewDue;
        }

        public void setReviewDue(LocalDate reviewDue) {
            this.reviewDue = reviewDue;
        }

        public LocalDate getDecisionDue() {
            return decisionDue;
        }

        public void setDecisionDue(LocalDate decisionDue) {
            this.decisionDue = decisionDue;
        }

        public int getPublicityDays() {
            return publicityDays;
        }

        public void setPublicityDays(int publicityDays) {
            this.publicityDays = publicityDays;
        }
    }

    public GradeScheme[] getSchemes() {
        return GradeScheme.values();
    }

    public QuotaRounding[] getRoundings() {
        return QuotaRounding.values();
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CycleDetails getDetails() {
        return details;
    }

    public Settings getSettings() {
        return settings;
    }

    public LocalDate getPublicityStart() {
        return publicityStart;
    }

    public void setPublicityStart(LocalDate publicityStart) {
        this.publicityStart = publicityStart;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public LazyDataModel<ParticipantRow> getParticipants() {
        return participants;
    }

    public List<PersonOption> getAddable() {
        return addable;
    }

    public Long getAddPersonId() {
        return addPersonId;
    }

    public void setAddPersonId(Long addPersonId) {
        this.addPersonId = addPersonId;
    }

    public String getAddReason() {
        return addReason;
    }

    public void setAddReason(String addReason) {
        this.addReason = addReason;
    }

    public ParticipantRow getSelected() {
        return selected;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }
}
