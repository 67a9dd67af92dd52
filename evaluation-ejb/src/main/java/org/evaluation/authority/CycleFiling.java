package org.evaluation.authority;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.authority.FilingView;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Versioned;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The filing (备案) of a closed cycle's results with the competent authority: when, with whom, and
 * every participant's final grade as it stood at closing. Written once, never changed.
 */
@Entity
@Table(name = "cycle_filing")
@NamedQuery(name = "CycleFiling.ofCycle", query = "SELECT f FROM CycleFiling f WHERE f.cycle.id = :cycle")
@NamedQuery(name = "CycleFiling.ofOrganisations",
        query = "SELECT f FROM CycleFiling f WHERE f.cycle.organisation.id IN :organisations"
                + " ORDER BY f.filedAt DESC, f.id DESC")
public class CycleFiling implements Versioned {

    @Id
    @SequenceGenerator(name = "cycle_filing_seq", sequenceName = "cycle_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_filing_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AssessmentCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_id")
    private Organisation authority;

    @Column(name = "filed_at")
    private LocalDateTime filedAt;

    @ElementCollection
    @CollectionTable(name = "cycle_filing_entry", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderBy("line")
    private List<FilingLine> lines = new ArrayList<>();

    protected CycleFiling() {
    }

    public CycleFiling(AssessmentCycle cycle, Organisation authority, LocalDateTime filedAt, List<FilingLine> lines) {
        this.cycle = Objects.requireNonNull(cycle);
        this.authority = Objects.requireNonNull(authority);
        this.filedAt = Objects.requireNonNull(filedAt);
        this.lines.addAll(lines);
    }

    /** The filing's number, e.g. 备2026-000050: the year and the filing's own id. */
    public String number() {
        return "备" + cycle.getYear() + "-" + String.format("%06d", id);
    }

    public FilingView toView(String excellentLabel) {
        int excellent = (int) lines.stream().filter(l -> l.getGrade().equals(excellentLabel)).count();
        return new FilingView(id, cycle.getId(), cycle.getOrganisation().getName(), cycle.getYear(),
                authority.getName(), number(), filedAt, lines.size(), excellent);
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public AssessmentCycle getCycle() {
        return cycle;
    }

    public Organisation getAuthority() {
        return authority;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public List<FilingLine> getLines() {
        return List.copyOf(lines);
    }
}
