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
 * Somebody HR listed as a voter of a ballot, in the leaders' or the colleagues' group, whether they
 * have received their token, in the platform or on paper, and whether HR printed it for them. Those
 * flags are what the turnout, "one token per person" and the voter's check on printed tokens need.
 * <p>
 * <b>Why nothing joins this table to a vote.</b> A token HR printed names its voter (so that the
 * voter can have it cancelled), and a token fetched in the platform is written in the same
 * transaction as the voter's flag: a token may be traced to a person. But no token leads to a
 * paper: casting never writes the token's row ({@link BallotToken}), and the votes ({@link BallotBox})
 * carry no key at all, and are written anew in shuffled order when the ballot closes. Receiving a
 * token in the platform is not written to the audit trail either. What the schema cannot hide is
 * outside the application while a ballot is open: someone watching the database live, or its
 * write-ahead log, sees which rows a transaction adds; see README.md, "Democratic evaluation".
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
@NamedQuery(name = "ListedVoter.markPrinted",
        query = "UPDATE ListedVoter v SET v.received = :yes, v.printed = :yes WHERE v.id = :id AND v.received = :no")
@NamedQuery(name = "ListedVoter.unmarkPrinted",
        query = "UPDATE ListedVoter v SET v.received = :no, v.printed = :no WHERE v.id = :id AND v.printed = :yes")
@NamedQuery(name = "ListedVoter.countByGroup",
        query = "SELECT COUNT(v) FROM ListedVoter v WHERE v.ballot.id = :ballot AND v.group = :group")
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

    private boolean printed;

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

    /** Whether the token they hold is one HR printed for them (and they may have cancelled). */
    public boolean isPrinted() {
        return printed;
    }
}
