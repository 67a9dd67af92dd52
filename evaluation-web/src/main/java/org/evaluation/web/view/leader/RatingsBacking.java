package org.evaluation.web.view.leader;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.evidence.EvidenceService;
import org.evaluation.api.feedback.evidence.RatingCounting;
import org.evaluation.api.feedback.evidence.RatingFilter;
import org.evaluation.api.feedback.evidence.RatingRow;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.PagedRows;
import org.evaluation.web.support.Texts;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The individual public ratings of a leader's unit with the units below it
 * ({@code leader/ratings.xhtml}): filtered by the day of service, the staff member, the level,
 * how the rating stands, the channel and a text, newest first, paged in the database; the export
 * writes every page of the same filter.
 * <p>
 * The fields hold what the user chose; {@link #filtersChanged()} checks it with the service and
 * only then applies it, so the table and the export always show one valid filter.
 */
@Named("leaderRatings")
@ViewScoped
public class RatingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The level choice for 差评 (levels 1 and 2) rather than one level. */
    public static final String NEGATIVE = "NEGATIVE";

    private static final String TABLE = "ratings:list";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private EvidenceService evidence;

    private LocalDate from;
    private LocalDate to;
    private Long personId;
    private String level;
    private RatingCounting counting;
    private RatingChannel channel;
    private String text;

    private RatingFilter filter = RatingFilter.none();
    private final Map<Long, String> notes = new HashMap<>();
    private List<PersonOption> people = List.of();

    private final PagedRows<RatingRow> rows = new PagedRows<>(
            (sortBy, first, size) -> evidence.ratings(filter, first, Math.min(size, EvidenceService.RATINGS_PAGE_MAX)),
            RatingRow::id);

    @PostConstruct
    void init() {
        people = evidence.ratedPeople();
    }

    /** Other filters, other rows, from the first page; a filter the service refuses changes nothing. */
    public void filtersChanged() {
        RatingFilter chosen = new RatingFilter(from, to, personId, NEGATIVE.equals(level) ? null : levelValue(),
                NEGATIVE.equals(level), counting, channel, text);
        evidence.ratings(chosen, 0, 1);
        filter = chosen;
        firstPage();
    }

    /** Every rating again. */
    public void clearFilters() {
        from = null;
        to = null;
        personId = null;
        level = null;
        counting = null;
        channel = null;
        text = null;
        filter = RatingFilter.none();
        firstPage();
    }

    private Integer levelValue() {
        return level == null || level.isBlank() ? null : Integer.valueOf(level);
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Verifies a held rating with the note written on its line: it counts, or is excluded as a self-rating. */
    public void verifyHeld(RatingRow row, boolean genuine) {
        String note = notes.get(row.id());
        evidence.verifyHeld(row.id(), row.version(), genuine, note == null ? "" : note);
        notes.remove(row.id());
        Texts.info("ratings.held.verified", Texts.text(genuine ? "RatingCounting.COUNTED"
                : "ExclusionReason.SELF_RATING"));
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    /** The ratings of the filter applied on screen, all pages, as a workbook. */
    public void export() {
        ExcelDownload.send(RatingsSheet.sheet(Texts::text), rows.pages(), Texts.text("ratings.sheet"), "ratings");
    }

    /** The bundle key of a level's name, 1 to 5. */
    public String levelKey(int value) {
        return "RatingLevel." + RatingLevel.of(value).name();
    }

    public String indicators(RatingRow row) {
        return RatingsSheet.indicators(row, Texts::text);
    }

    public String countingClass(RatingRow row) {
        return "counting-" + row.counting().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public LazyDataModel<RatingRow> getRows() {
        return rows;
    }

    public List<PersonOption> getPeople() {
        return people;
    }

    public List<Integer> getLevels() {
        return List.of(5, 4, 3, 2, 1);
    }

    public RatingCounting[] getCountings() {
        return RatingCounting.values();
    }

    /** The channels a rating arrives by (a defaulted rating is chosen by its standing). */
    public List<RatingChannel> getChannels() {
        return List.of(RatingChannel.values()).stream().filter(c -> c != RatingChannel.SYSTEM).toList();
    }

    public RatingFilter getFilter() {
        return filter;
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

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public RatingCounting getCounting() {
        return counting;
    }

    public void setCounting(RatingCounting counting) {
        this.counting = counting;
    }

    public RatingChannel getChannel() {
        return channel;
    }

    public void setChannel(RatingChannel channel) {
        this.channel = channel;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
