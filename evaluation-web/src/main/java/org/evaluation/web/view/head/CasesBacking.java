package org.evaluation.web.view.head;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.cases.CaseRow;
import org.evaluation.api.cases.CaseService;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.web.shell.Shell;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open negative-rating cases of the head's organisation ({@code head/cases.xhtml}): those
 * nobody could be given first, then overdue ones, each with the leader it can be given to.
 */
@Named("headCases")
@ViewScoped
public class CasesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private CaseService cases;

    @Inject
    private Shell shell;

    private Long organisationId;
    private List<CaseRow> rows = List.of();
    private List<PersonOption> leaders = List.of();
    private final Map<Long, Long> chosen = new HashMap<>();

    @PostConstruct
    void init() {
        organisationId = shell.getUser().organisationId();
        if (organisationId != null) {
            leaders = cases.leaders(organisationId);
            load();
        }
    }

    private void load() {
        rows = cases.openCases(organisationId);
        chosen.clear();
    }

    public void assign(CaseRow row) {
        Long leader = chosen.get(row.id());
        if (leader == null) {
            Texts.error("headCases.chooseLeader");
            return;
        }
        try {
            cases.assign(row.id(), row.version(), leader);
        } catch (EditConflictException e) {
            load();
            throw e;
        }
        String name = leaders.stream().filter(p -> p.id() == leader).map(PersonOption::name).findFirst().orElse("");
        load();
        Texts.info("headCases.assigned", name);
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

    public List<CaseRow> getRows() {
        return rows;
    }

    public List<PersonOption> getLeaders() {
        return leaders;
    }

    /** The leader chosen on each row, by case id. */
    public Map<Long, Long> getChosen() {
        return chosen;
    }
}
