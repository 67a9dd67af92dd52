package org.evaluation.assessment;

import org.evaluation.platform.RequiredText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Versioned;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An objection raised during publicity against a proposed 优秀. The objector is identified to the
 * committee and never shown to the candidate. Upholding it reopens the candidate's decision.
 */
@Entity
@Table(name = "objection")
@NamedQuery(name = "Objection.ofCycle",
        query = "SELECT o FROM Objection o WHERE o.participant.cycle.id = :cycle ORDER BY o.raisedOn, o.id")
@NamedQuery(name = "Objection.countOpen",
        query = "SELECT COUNT(o) FROM Objection o WHERE o.participant.cycle.id = :cycle AND o.resolvedOn IS NULL")
public class Objection implements Versioned {

    public static final int TEXT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "objection_seq", sequenceName = "objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @ManyToOne(optional = false)
    @JoinColumn(name = "raised_by")
    private Person raisedBy;

    private String content;

    @Column(name = "raised_on")
    private LocalDate raisedOn;

    private Boolean upheld;

    private String resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    protected Objection() {
    }

    /** Raised by a member of the organisation, while publicity runs, against a publicised 优秀. */
    public Objection(Participant candidate, Person objector, String content, LocalDate today) {
        AssessmentCycle cycle = candidate.getCycle();
        if (!cycle.publicityRunning(today)) {
            throw new RuleViolationException("objection.publicityNotRunning");
        }
        if (!candidate.isDecided() || candidate.getDecidedGrade() != org.evaluation.api.assessment.Grade.EXCELLENT) {
            throw new RuleViolationException("objection.notPublicised");
        }
        if (!Participant.sameOrganisation(objector, cycle)) {
            throw new RuleViolationException("objection.otherOrganisation");
        }
        if (Participant.same(objector, candidate.getPerson())) {
            throw new RuleViolationException("objection.self");
        }
        String text = RequiredText.of(content, "objection.contentRequired", TEXT_MAX, "objection.tooLong");
        this.participant = candidate;
        this.raisedBy = objector;
        this.content = text;
        this.raisedOn = today;
    }

    /** The committee upholds or dismisses the objection, with its reasons. */
    public void resolve(Person member, boolean uphold, String reasons, LocalDate today) {
        if (resolvedOn != null) {
            throw new RuleViolationException("objection.alreadyResolved");
        }
        if (Participant.same(member, participant.getPerson())) {
            throw new RuleViolationException("decision.recused");
        }
        String text = RequiredText.of(reasons, "objection.resolutionRequired", TEXT_MAX, "objection.tooLong");
        this.upheld = uphold;
        this.resolution = text;
        this.resolvedBy = member.getName();
        this.resolvedOn = today;
        if (uphold) {
            participant.reopen(text);
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("candidate", participant.getPerson().getName());
        s.put("raisedBy", raisedBy.getName());
        s.put("content", content);
        s.put("upheld", upheld);
        s.put("resolution", resolution);
        s.put("resolvedBy", resolvedBy);
        return s;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Person getRaisedBy() {
        return raisedBy;
    }

    public String getContent() {
        return content;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }
}
