package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.assessment.CycleService;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.ballot.BallotRow;
import org.evaluation.api.ballot.BallotService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The democratic evaluations ({@code hr/ballots.xhtml}): every ballot with its turnout, and
 * starting one for a cycle that is being prepared or is open and has none yet.
 */
@Named("ballots")
@ViewScoped
public class BallotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BallotService ballotService;

    @EJB
    private CycleService cycleService;

    private List<BallotRow> rows;
    private List<SelectItem> cycleChoices;
    private Long cycleId;
    private String title;

    @PostConstruct
    void init() {
        rows = ballotService.ballots();
        Set<Long> taken = rows.stream().map(BallotRow::cycleId).collect(Collectors.toSet());
        cycleChoices = cycleService.cycles().stream()
                .filter(c -> !taken.contains(c.id()))
                .filter(c -> c.status() == CycleStatus.PREPARING || c.status() == CycleStatus.OPEN)
                .map(c -> new SelectItem(c.id(), Texts.text("cycles.cycleName", c.organisationName(),
                        String.valueOf(c.year()))))
                .toList();
        title = Texts.text("ballots.create.defaultTitle");
    }

    public String create() {
        long id = ballotService.create(cycleId, title);
        Texts.info("ballots.created");
        return "/hr/ballot.xhtml?faces-redirect=true&id=" + id;
    }

    public List<BallotRow> getRows() {
        return rows;
    }

    public List<SelectItem> getCycleChoices() {
        return cycleChoices;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
