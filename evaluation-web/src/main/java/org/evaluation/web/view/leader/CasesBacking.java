package org.evaluation.web.view.leader;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.cases.CaseRow;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.cases.CaseState;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.ExcelSheet;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A leader's negative-rating cases ({@code leader/cases.xhtml}): open and overdue ones first, with
 * the deadline that runs, filtered by state.
 */
@Named("leaderCases")
@ViewScoped
public class CasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private CaseService cases;

    private CaseState state;
    private List<CaseRow> rows = List.of();
    private long overdue;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows = cases.myCases(state);
        overdue = cases.myOverdueCount();
    }

    public void filterChanged() {
        load();
    }

    /** The cases of the state chosen on screen, as a workbook. */
    public void export() {
        ExcelDownload.send(CasesSheet.sheet(Texts::text), ExcelSheet.Pages.of(rows), Texts.text("export.cases.sheet"),
                "cases");
    }

    public String stateClass(CaseRow row) {
        return row.state().name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of a level's name, 1 to 5. */
    public String levelKey(int level) {
        return "RatingLevel." + org.evaluation.api.feedback.RatingLevel.of(level).name();
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public CaseState[] getStates() {
        return CaseState.values();
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    public List<CaseRow> getRows() {
        return rows;
    }

    public long getOverdue() {
        return overdue;
    }

    public long getOpen() {
        return rows.stream().filter(r -> r.state().isOpen()).count();
    }
}
