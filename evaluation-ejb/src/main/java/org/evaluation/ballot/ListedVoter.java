package org.evaluation.ballot;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.ballot.VoterGroup;
import org.evaluation.organisation.Person;

import java.util.Objects;

/**
 * Somebody HR listed as a voter of a ballot, in the leaders' or the colleagues' group, and whether
 * they have received their token, in the platform or on paper. That flag is what the turnout and
 * "one token per person" need, and all this table ever says about voting.
 * <p>
 * <b>Why nothing joins this table to a token or a vote.</b> The flag is a yes/no, never a
 * reference: no token hash, no token id, no time of receipt. The tokens ({@link BallotToken}) are
 * keyed by their hash, carry no id from a sequence, no time and no person; the votes
 * ({@link BallotBox}) carry no key at all. So neither the order of rows nor any value leads from a
 * person here to a token there, and a token, once used, leads to no vote. Receiving a token in the
 * platform is not written to the audit trail either: its time would be a clue to the time of a vote.
 * What the schema cannot hide is outside the application: database internals (transaction ids,
 * the write-ahead log, dead row versions before vacuum) and request logs of the web server, which
 * must not record the query strings of {@code vote.xhtml}.
 */
@Entity
@Table(name = "ballot_voter")
@NamedQuery(name = "ListedVoter.ofBallot",
        query = "SELECT v FROM ListedVoter v WHERE v.ballot.id = :ballot ORDER BY v.person.name, v.id")
@NamedQuery(name = "ListedVoter.ofPerson",
        query = "SELECT v FROM ListedVoter v WHERE v.person.id = :person ORDER BY v.ballot.cycle.year DESC, v.ballot.id DESC")
@NamedQuery(name = "ListedVoter.byBallotAndPerson",
        query = "SELECT v FROM ListedVoter v WHERE v.ballot.id = :ballot AND v.person.id = :person")
@NamedQuery(name = "ListedVoter.markReceived",
        query = "UPDATE ListedVoter v SET v.received = :yes WHERE v.id = :id AND v.received = :no")
public class ListedVoter {

    @Id
    @SequenceGenerator(name = "ballot_voter_seq", sequenceName = "ballot_voter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ballot_voter_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ballot_id")
    private Ballot ballot;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @jakarta.persistence.Column(name = "voter_group")
    private VoterGroup group;

    private boolean received;

    protected ListedVoter() {
    }

    /** An active person, in a group whose voters are listed by name. */
    public ListedVoter(Ballot ballot, Person person, VoterGroup group) {
        ballot.requireDraft();
        if (!group.named()) {
            throw new IllegalArgumentException(group + " has no listed voters");
        }
        if (!person.isActive()) {
            throw new RuleViolationException("ballot.voterInactive", person.getName());
        }
        this.ballot = ballot;
        this.person = Objects.requireNonNull(person);
        this.group = group;
    }

    /** Whether HR may take this voter off the list (or move them to another group): not once they hold a token. */
    public void requireRemovable() {
        ballot.requireDraft();
        if (received) {
            throw new RuleViolationException("ballot.voterHasToken", person.getName());
        }
    }

    public Long getId() {
        return id;
    }

    public Ballot getBallot() {
        return ballot;
    }

    public Person getPerson() {
        return person;
    }

    public VoterGroup getGroup() {
        return group;
    }

    public boolean isReceived() {
        return received;
    }
}
