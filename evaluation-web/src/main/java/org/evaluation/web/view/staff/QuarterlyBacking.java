package org.evaluation.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.quarterly.QuarterlyAssessmentView;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The caller's regular assessment ({@code staff/quarterly.xhtml}): the four quarters of a year,
 * each with its record (written until handed in), and the leader's grade and comment once given.
 * Each quarter saves on its own, with the version it showed, so that a second tab cannot overwrite
 * it unseen.
 */
@Named("staffQuarterly")
@ViewScoped
public class QuarterlyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many years back the page offers: the last quarter of a year is written in January. */
    static final int YEARS_BACK = 2;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private QuarterlyService quarterly;

    private int year;
    private List<Integer> years;
    private List<Quarter> quarters = List.of();

    @PostConstruct
    void init() {
        year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        years = years(year);
        load();
    }

    static List<Integer> years(int current) {
        return java.util.stream.IntStream.rangeClosed(0, YEARS_BACK).mapToObj(back -> current - back).toList();
    }

    private void load() {
        quarters = quarterly.myYear(year).stream().map(Quarter::new).toList();
    }

    public void yearChanged() {
        load();
    }

    public void save(Quarter quarter) {
        try {
            quarter.take(quarterly.saveDraft(year, quarter.view.quarter(), quarter.textToSend(), quarter.view.version()));
        } catch (EditConflictException e) {
            reloadKeeping(quarter);
            throw e;
        }
        Texts.info("staffQuarterly.saved", Texts.text("quarterly.quarter." + quarter.view.quarter()));
    }

    public void submit(Quarter quarter) {
        try {
            quarter.take(quarterly.submit(year, quarter.view.quarter(), quarter.textToSend(), quarter.view.version()));
        } catch (EditConflictException e) {
            reloadKeeping(quarter);
            throw e;
        }
        Texts.info("staffQuarterly.submitted", Texts.text("quarterly.quarter." + quarter.view.quarter()));
    }

    /**
     * The record was saved elsewhere meanwhile (another tab): show what is stored now, with the
     * text typed here still in place while the quarter can be written, so that nothing is lost
     * and the next save goes through.
     */
    private void reloadKeeping(Quarter typed) {
        load();
        Quarter stored = quarters.get(typed.view.quarter() - 1);
        if (stored.view.editable()) {
            stored.text = typed.text;
        }
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : time.format(MINUTES);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<Quarter> getQuarters() {
        return quarters;
    }

    /** One quarter of the page: what the service said, and the text being typed. */
    public static final class Quarter implements Serializable {

        private static final long serialVersionUID = 1L;

        private QuarterlyAssessmentView view;
        private String text;

        Quarter(QuarterlyAssessmentView view) {
            take(view);
        }

        void take(QuarterlyAssessmentView saved) {
            this.view = saved;
            this.text = saved.workRecord();
        }

        /** What the browser sent, with its line breaks as one character each, as the counter shows them. */
        String textToSend() {
            return text == null ? "" : text.replace("\r\n", "\n");
        }

        /** The CSS class of the quarter's state: not started, not written, or its status. */
        public String getState() {
            if (!view.started()) {
                return "not-started";
            }
            return view.status() == null ? "none" : view.status().name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The bundle key of the state's name. */
        public String getStateKey() {
            if (!view.started()) {
                return "quarterly.state.notStarted";
            }
            return view.status() == null ? "quarterly.state.none" : "QuarterlyStatus." + view.status().name();
        }

        public QuarterlyAssessmentView getView() {
            return view;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
