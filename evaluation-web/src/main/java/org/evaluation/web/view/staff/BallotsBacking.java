package org.evaluation.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.ballot.MyBallot;
import org.evaluation.api.ballot.VotingService;
import org.evaluation.web.support.PublicLinks;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's democratic evaluations ({@code staff/ballots.xhtml}). On an open ballot they fetch
 * their voting link once; the page shows it until it is left, and nothing can show it again.
 */
@Named("myBallots")
@ViewScoped
public class BallotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VotingService voting;

    private List<MyBallot> ballots;
    private final Map<Long, String> links = new HashMap<>();

    @PostConstruct
    void init() {
        ballots = voting.myBallots();
    }

    public void claim(MyBallot ballot) {
        String token = voting.claimToken(ballot.ballotId());
        links.put(ballot.ballotId(), PublicLinks.vote(token));
        ballots = voting.myBallots();
    }

    /** Cancels the token HR printed for the caller: it votes no more, and the caller may fetch one here. */
    public void cancelPrinted(MyBallot ballot) {
        voting.cancelPrintedToken(ballot.ballotId());
        ballots = voting.myBallots();
        Texts.info("myBallots.printedCancelled", ballot.title());
    }

    /** The link fetched on this page, or null. */
    public String link(MyBallot ballot) {
        return links.get(ballot.ballotId());
    }

    public List<MyBallot> getBallots() {
        return ballots;
    }
}
