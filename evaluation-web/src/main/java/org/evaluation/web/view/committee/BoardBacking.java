package org.evaluation.web.view.committee;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.assessment.BoardFlag;
import org.evaluation.api.assessment.BoardPage;
import org.evaluation.api.assessment.BoardQuery;
import org.evaluation.api.assessment.BoardRow;
import org.evaluation.api.assessment.BoardUnit;
import org.evaluation.api.assessment.BulkResult;
import org.evaluation.api.assessment.ReviewRequestView;
import org.evaluation.api.assessment.CommitteeCycle;
import org.evaluation.api.assessment.CommitteeService;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.MinutesView;
import org.evaluation.api.assessment.ObjectionView;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Texts;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The committee's board of one cycle ({@code committee/board.xhtml?cycle=..}): the 优秀 quota with
 * its headroom, every participant's line with the evidence beside the proposal and the flags where
 * it disagrees, filtered and paged in the database; decisions one by one or many as proposed; the
 * minutes, the objections raised during publicity and the requests for review.
 * <p>
 * One call of the service fills both the quota panel and the table: the page fetched for an action
 * or a filter is kept until the table asks for exactly that page, so that a request costs one round
 * of queries, not two.
 */
@Named("board")
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client id of the table, for going back to its first page when a filter changes. */
    static final String TABLE = "boardForm:rows";
    static final int DEFAULT_ROWS = 20;

    /** What the decision filter offers besides the grades. */
    static final String UNDECIDED = "UNDECIDED";
    static final String DECIDED = "DECIDED";

    @EJB
    private CommitteeService service;

    // view parameters: the cycle and the filters, so that a filtered board can be bookmarked
    private Long cycleId;
    private Long unitId;
    private String name;
    private Grade proposed;
    private String decision;
    private BoardFlag flag;

    private List<CommitteeCycle> cycles = List.of();
    private CommitteeCycle cycle;
    private List<BoardUnit> units = List.of();

    private BoardPage figures;
    private BoardQuery fetched;
    private final Map<Long, BoardRow> seen = new LinkedHashMap<>();
    private final LazyDataModel<BoardRow> rows = new Rows();
    private List<BoardRow> selected = new ArrayList<>();

    private BoardRow deciding;
    private String gradeChoice;
    private String reason;

    private List<MinutesView> minutes = List.of();
    private LocalDate heldOn;
    private String attendees;
    private String content;

    private List<ObjectionView> objections = List.of();
    private ObjectionView resolving;
    private String objectionReasons;

    private List<ReviewRequestView> reviews = List.of();
    private ReviewRequestView reviewing;
    private String reviewOutcome;
    private String reviewDecision;

    public void load() {
        cycles = service.myCycles();
        if (cycleId != null) {
            cycle = cycles.stream().filter(c -> c.id() == cycleId).findFirst().orElse(null);
            if (cycle == null) {
                NotFoundPage.send();
                return;
            }
        } else {
            cycle = cycles.stream().filter(c -> c.status() == CycleStatus.OPEN).findFirst()
                    .orElse(cycles.isEmpty() ? null : cycles.get(0));
        }
        if (cycle == null) {
            return;
        }
        cycleId = cycle.id();
        units = service.units(cycleId);
        if (unitId != null && units.stream().noneMatch(u -> u.id() == unitId)) {
            unitId = null;
        }
        decision = decisionOrNull(decision);
        fetch(query(0, DEFAULT_ROWS));
        loadSections();
        heldOn = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private void loadSections() {
        minutes = service.minutes(cycleId);
        objections = service.objections(cycleId);
        reviews = service.reviews(cycleId);
    }

    /** Another cycle: the board starts again from its address. */
    public void cycleChanged() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/committee/board.xhtml?cycle=" + cycleId);
    }

    // ---- the board ----

    BoardQuery query(int first, int size) {
        Boolean decided = null;
        Grade decidedGrade = null;
        if (UNDECIDED.equals(decision)) {
            decided = false;
        } else if (DECIDED.equals(decision)) {
            decided = true;
        } else if (decision != null) {
            decidedGrade = Grade.valueOf(decision);
        }
        return new BoardQuery(cycleId, unitId, blankToNull(name), proposed, decided, decidedGrade, flag, first,
                Math.max(1, Math.min(size, 100)));
    }

    /** A value of the decision filter, or null when it is none of them (a stray address). */
    static String decisionOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (UNDECIDED.equals(value) || DECIDED.equals(value)) {
            return value;
        }
        try {
            return Grade.valueOf(value).name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private BoardPage fetch(BoardQuery q) {
        figures = service.board(q);
        fetched = q;
        figures.rows().forEach(r -> seen.put(r.id(), r));
        return figures;
    }

    private boolean sameFilters(BoardQuery a, BoardQuery b) {
        return a != null && b != null && a.cycleId() == b.cycleId() && Objects.equals(a.unitId(), b.unitId())
                && Objects.equals(a.name(), b.name()) && a.proposedGrade() == b.proposedGrade()
                && Objects.equals(a.decided(), b.decided()) && a.decidedGrade() == b.decidedGrade()
                && a.flag() == b.flag();
    }

    /** Other filters, other rows: show them from the first page. */
    public void filtersChanged() {
        decision = decisionOrNull(decision);
        selected = new ArrayList<>();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        int size = DEFAULT_ROWS;
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
            size = dataTable.getRows();
        }
        fetch(query(0, size));
    }

    /** Every line that passes the filters on screen, all pages, as a workbook. */
    public void export() {
        ExcelDownload.send(BoardSheet.sheet(Texts::text, getScheme()), BoardSheet.pages(service, query(0, 1)),
                Texts.text("export.board.sheet"), "committee-board");
    }

    /** Shows only the lines with this flag (or every line again). */
    public void showFlag(BoardFlag chosen) {
        flag = chosen == flag ? null : chosen;
        filtersChanged();
    }

    public void clearFilters() {
        unitId = null;
        name = null;
        proposed = null;
        decision = null;
        flag = null;
        filtersChanged();
    }

    /** The page the table shows now, fetched again after a change. */
    private void refresh() {
        fetch(fetched == null ? query(0, DEFAULT_ROWS) : fetched);
    }

    /** One page of lines, straight from the database. */
    private final class Rows extends LazyDataModel<BoardRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            BoardQuery current = query(0, fetched == null ? DEFAULT_ROWS : fetched.pageSize());
            BoardPage page = sameFilters(fetched, current) ? figures : fetch(current);
            return Math.toIntExact(page.total());
        }

        @Override
        public List<BoardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            BoardQuery q = query(first, pageSize);
            BoardPage page = q.equals(fetched) ? figures : fetch(q);
            setRowCount(Math.toIntExact(page.total()));
            return page.rows();
        }

        @Override
        public String getRowKey(BoardRow row) {
            return String.valueOf(row.id());
        }

        /** Any line shown in this view, so that a selection can span pages. */
        @Override
        public BoardRow getRowData(String rowKey) {
            try {
                return seen.get(Long.valueOf(rowKey));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Whether a line can be decided now: a submitted proposal, not the member's own, the cycle open. */
    public boolean decidable(BoardRow row) {
        return figures != null && figures.decisionsOpen() && row.proposalSubmitted() && !row.recused();
    }

    /** Whether a line can be decided as proposed in bulk: decidable, and the proposal still allowed. */
    public boolean selectable(BoardRow row) {
        return decidable(row) && allowed(row.eligibility().effect(), row.proposedGrade());
    }

    static boolean allowed(EligibilityEffect effect, Grade grade) {
        return grade == null ? !effect.graded() : effect.allows(grade);
    }

    public void decideSelected() {
        if (selected == null || selected.isEmpty()) {
            Texts.error("board.bulk.noneSelected");
            return;
        }
        BulkResult result = service.decideAsProposed(cycleId, selected.stream().map(BoardRow::id).toList());
        Texts.info("board.bulk.decided", result.decided(), result.excellent());
        selected = new ArrayList<>();
        refresh();
    }

    public void startDeciding(BoardRow row) {
        deciding = row;
        Grade current = row.decided() ? row.decidedGrade() : row.proposedGrade();
        gradeChoice = current == null ? "" : current.name();
        reason = row.decided() ? row.decisionReason() : null;
    }

    public void decide() {
        Grade grade = gradeChoice == null || gradeChoice.isBlank() ? null : Grade.valueOf(gradeChoice);
        try {
            service.decide(deciding.id(), deciding.version(), grade, reason);
        } catch (EditConflictException e) {
            refresh();
            deciding = seen.get(deciding.id());
            throw e;
        }
        Texts.info("board.decided", deciding.name(), gradeLabel(grade));
        refresh();
        deciding = seen.get(deciding.id());
    }

    /** The grades a line may receive, by its eligibility; empty: only "not graded". */
    static List<Grade> gradesFor(EligibilityEffect effect) {
        return effect.graded() ? List.of(Grade.values()).stream().filter(effect::allows).toList() : List.of();
    }

    /** The choices of the decision dialog: value (grade name, or empty for not graded) and label. */
    public List<Choice> getGradeChoices() {
        if (deciding == null) {
            return List.of();
        }
        List<Grade> grades = gradesFor(deciding.eligibility().effect());
        if (grades.isEmpty()) {
            return List.of(new Choice("", Texts.text("board.notGraded")));
        }
        return grades.stream().map(g -> new Choice(g.name(), gradeLabel(g))).toList();
    }

    /** Whether the grade chosen in the dialog differs from the proposal, so that a reason is needed. */
    public boolean isReasonRequired() {
        if (deciding == null) {
            return false;
        }
        Grade grade = gradeChoice == null || gradeChoice.isBlank() ? null : Grade.valueOf(gradeChoice);
        return !Objects.equals(grade, deciding.proposedGrade());
    }

    /** A choice of a select: its value and its label. */
    public record Choice(String value, String label) implements Serializable {
    }

    // ---- the quota ----

    /** How much of the quota is used, in percent (100 when nothing is allowed and something is used). */
    static int percentUsed(long used, int allowed) {
        if (allowed <= 0) {
            return used > 0 ? 100 : 0;
        }
        return (int) Math.min(100, Math.round(used * 100.0 / allowed));
    }

    public int getPercentUsed() {
        return figures == null ? 0 : percentUsed(figures.excellentDecided(), figures.quota().allowed());
    }

    // ---- minutes ----

    public void recordMinutes() {
        service.recordMinutes(cycleId, heldOn, attendees, content);
        Texts.info("board.minutes.recorded", heldOn.toString());
        attendees = null;
        content = null;
        minutes = service.minutes(cycleId);
    }

    // ---- objections ----

    public void startResolving(ObjectionView objection) {
        resolving = objection;
        objectionReasons = null;
    }

    public void uphold() {
        resolve(true);
    }

    public void dismiss() {
        resolve(false);
    }

    private void resolve(boolean uphold) {
        service.resolveObjection(resolving.id(), resolving.version(), uphold, objectionReasons);
        Texts.info(uphold ? "board.objections.upheld" : "board.objections.dismissed", resolving.candidateName());
        objections = service.objections(cycleId);
        cycles = service.myCycles();
        cycle = cycles.stream().filter(c -> c.id() == cycleId).findFirst().orElse(cycle);
        refresh();
    }

    // ---- requests for review ----

    public void startReviewing(ReviewRequestView challenge) {
        reviewing = challenge;
        reviewOutcome = challenge.originalGrade() == null ? "" : challenge.originalGrade().name();
        reviewDecision = null;
    }

    /** The outcomes a review may reach: never harsher than the grade challenged; empty: only "not graded". */
    static List<Grade> outcomesFor(Grade original) {
        return original == null ? List.of()
                : List.of(Grade.values()).stream().filter(g -> !g.harsherThan(original)).toList();
    }

    public List<Choice> getOutcomeChoices() {
        if (reviewing == null) {
            return List.of();
        }
        List<Grade> grades = outcomesFor(reviewing.originalGrade());
        if (grades.isEmpty()) {
            return List.of(new Choice("", Texts.text("board.notGraded")));
        }
        return grades.stream().map(g -> new Choice(g.name(), gradeLabel(g))).toList();
    }

    public void decideReview() {
        Grade outcome = reviewOutcome == null || reviewOutcome.isBlank() ? null : Grade.valueOf(reviewOutcome);
        service.decideReview(reviewing.id(), reviewing.version(), outcome, reviewDecision);
        Texts.info("board.reviews.decided", reviewing.name(), gradeLabel(outcome));
        reviews = service.reviews(cycleId);
    }

    // ---- labels ----

    public GradeScheme getScheme() {
        return cycle == null ? GradeScheme.CIVIL_SERVANT : cycle.scheme();
    }

    /** The grade's name in the cycle's scheme; "not graded" for none. */
    public String gradeLabel(Grade grade) {
        return grade == null ? Texts.text("board.notGraded") : Texts.text(getScheme().key(grade));
    }

    public String cycleLabel(CommitteeCycle c) {
        return Texts.text("board.cycle.option", c.organisationName(), String.valueOf(c.year()),
                Texts.text("CycleStatus." + c.status()));
    }

    public String getTitle() {
        return cycle == null ? Texts.text("board.title")
                : Texts.text("board.titleOf", cycle.organisationName(), String.valueOf(cycle.year()));
    }

    public QuarterGrade[] getQuarterGrades() {
        return QuarterGrade.values();
    }

    public BoardFlag[] getFlags() {
        return BoardFlag.values();
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public List<Choice> getDecisionChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(UNDECIDED, Texts.text("board.filter.undecided")));
        choices.add(new Choice(DECIDED, Texts.text("board.filter.decided")));
        for (Grade g : Grade.values()) {
            choices.add(new Choice(g.name(), Texts.text("board.filter.decidedAs", gradeLabel(g))));
        }
        return choices;
    }

    public long getOpenObjections() {
        return objections.stream().filter(ObjectionView::open).count();
    }

    public long getOpenReviews() {
        return reviews.stream().filter(ReviewRequestView::open).count();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- getters and setters ----

    public LazyDataModel<BoardRow> getRows() {
        return rows;
    }

    public BoardPage getFigures() {
        return figures;
    }

    public List<CommitteeCycle> getCycles() {
        return cycles;
    }

    public CommitteeCycle getCycle() {
        return cycle;
    }

    public List<BoardUnit> getUnits() {
        return units;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Grade getProposed() {
        return proposed;
    }

    public void setProposed(Grade proposed) {
        this.proposed = proposed;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public BoardFlag getFlag() {
        return flag;
    }

    public void setFlag(BoardFlag flag) {
        this.flag = flag;
    }

    public List<BoardRow> getSelected() {
        return selected;
    }

    public void setSelected(List<BoardRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public BoardRow getDeciding() {
        return deciding;
    }

    public String getGradeChoice() {
        return gradeChoice;
    }

    public void setGradeChoice(String gradeChoice) {
        this.gradeChoice = gradeChoice;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<MinutesView> getMinutes() {
        return minutes;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public List<ObjectionView> getObjections() {
        return objections;
    }

    public ObjectionView getResolving() {
        return resolving;
    }

    public String getObjectionReasons() {
        return objectionReasons;
    }

    public void setObjectionReasons(String objectionReasons) {
        this.objectionReasons = objectionReasons;
    }

    public List<ReviewRequestView> getReviews() {
        return reviews;
    }

    public ReviewRequestView getReviewing() {
        return reviewing;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(String reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public String getReviewDecision() {
        return reviewDecision;
    }

    public void setReviewDecision(String reviewDecision) {
        this.reviewDecision = reviewDecision;
    }
}
