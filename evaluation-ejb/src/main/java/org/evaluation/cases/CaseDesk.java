package org.evaluation.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.feedback.FeedbackPolicyView;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.feedback.FeedbackPolicies;
import org.evaluation.feedback.Rating;
import org.evaluation.feedback.RatingReceived;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.organisation.UnitTree;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Opens a case for every 差评 as it is received, in the rating's transaction and at the rating's
 * time: assigned to the
 * {@link ResponsibleLeader}, due to be contacted within the organisation's contact deadline in
 * working days of its calendar.
 * <p>
 * Opening is not written to the audit trail, for the reason ratings are not (see {@code RatingDesk}):
 * the case records when it was opened and for which rating, and everything done to it afterwards
 * is audited.
 */
@Stateless
@LocalBean
@PermitAll
public class CaseDesk {

    static final String SUBJECT = "NegativeRatingCase";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FeedbackPolicies policies;

    @Inject
    private WorkingCalendars calendars;

    @Inject
    private Event<CaseOpened> opened;

    public void ratingReceived(@Observes RatingReceived event) {
        if (!event.negative()) {
            return;
        }
        open(event.rating());
    }

    /** The case of a 差评 (one per rating: the database's unique key holds it). */
    public NegativeRatingCase open(Rating rating) {
        ServiceRecord record = rating.getServiceRecord();
        long organisationId = record.getOrganisation().getId();
        FeedbackPolicyView policy = policies.of(organisationId);
        LocalDateTime now = rating.getRatedAt();
        Person staff = record.getServedBy();
        Person handler = responsibleFor(staff, record.getUnit()).orElse(null);
        NegativeRatingCase c = new NegativeRatingCase(rating, staff, handler, now,
                CaseDeadlines.contact(calendars.of(organisationId), now.toLocalDate(), policy.contactWorkingDays()));
        em.persist(c);
        opened.fire(new CaseOpened(c));
        return c;
    }

    java.util.Optional<Person> responsibleFor(Person staff, Unit unit) {
        return ResponsibleLeader.of(staff, unit, unit.getOrganisation().getHead(), this::headsOf);
    }

    /** The active people of {@code unit} to whom an active person of the unit, or of a unit below it, reports. */
    List<Person> headsOf(Unit unit) {
        Set<Long> subtree = UnitTree.withUnitsBelow(em, unit);
        return em.createQuery("SELECT DISTINCT s FROM Person p JOIN p.supervisor s WHERE s.unit.id = :unit"
                        + " AND s.active = :active AND p.active = :active AND p.unit.id IN :subtree", Person.class)
                .setParameter("unit", unit.getId()).setParameter("active", Boolean.TRUE)
                .setParameter("subtree", subtree).getResultList();
    }
}
