package org.evaluation.quarterly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.quarterly.GoodCap;
import org.evaluation.api.quarterly.QuarterlyPolicyView;
import org.evaluation.organisation.Organisation;
import org.evaluation.platform.Versioned;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An organisation's rules for the regular assessment: the cap on 好 (DOMAIN: "usually capped at
 * 40 %, configurable"). An organisation without a stored policy has the defaults.
 */
@Entity
@Table(name = "quarterly_policy")
@NamedQuery(name = "QuarterlyPolicy.ofOrganisation",
        query = "SELECT p FROM QuarterlyPolicy p WHERE p.organisation.id = :organisation")
public class QuarterlyPolicy implements Versioned {

    @Id
    @SequenceGenerator(name = "quarterly_policy_seq", sequenceName = "quarterly_policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_policy_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "good_cap_percent")
    private int goodCapPercent;

    protected QuarterlyPolicy() {
    }

    /** The defaults of an organisation that has set nothing yet. */
    public QuarterlyPolicy(Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation);
        this.goodCapPercent = QuarterlyPolicyView.DEFAULT_GOOD_CAP_PERCENT;
    }

    public void capGood(int percent) {
        if (percent < 0 || percent > 100) {
            throw new RuleViolationException("quarterly.capOutOfRange", percent);
        }
        this.goodCapPercent = percent;
    }

    /**
     * How many 好 the quarter allows when {@code handedIn} records of the organisation are
     * submitted or graded: the percentage rounded down, but at least one when there is any record,
     * so that a small section is not left without a 好 by arithmetic. A cap of 0 % means none.
     */
    public long allowedGood(long handedIn) {
        if (handedIn <= 0 || goodCapPercent == 0) {
            return 0;
        }
        return Math.max(1, handedIn * goodCapPercent / 100);
    }

    public GoodCap cap(long handedIn, long used) {
        return new GoodCap(goodCapPercent, handedIn, allowedGood(handedIn), used);
    }

    /**
     * Refuses one more 好 when {@code used} others already fill the cap; the message says how
     * many are used and allowed, and what from.
     */
    public void admitOneMoreGood(long handedIn, long used) {
        long allowed = allowedGood(handedIn);
        if (used + 1 > allowed) {
            throw new RuleViolationException("quarterly.goodCapReached", used, allowed, goodCapPercent, handedIn);
        }
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", organisation.getName());
        s.put("goodCapPercent", goodCapPercent);
        return s;
    }

    public QuarterlyPolicyView view() {
        return new QuarterlyPolicyView(organisation.getId(), organisation.getName(), goodCapPercent, version);
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getGoodCapPercent() {
        return goodCapPercent;
    }
}
