package org.evaluation.feedback.evidence;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.evidence.Evidence;
import org.evaluation.api.feedback.evidence.EvidenceService;
import org.evaluation.api.feedback.evidence.RatingFilter;
import org.evaluation.api.feedback.evidence.RatingRow;
import org.evaluation.api.feedback.evidence.Scope;
import org.evaluation.api.feedback.evidence.UnitDashboard;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.organisation.UnitTree;
import org.evaluation.audit.AuditTrail;
import org.evaluation.feedback.Rating;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.RequiredText;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HEAD;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;

@Stateless
@Local(EvidenceService.class)
@DeclareRoles({LEADER, COMMITTEE, HEAD, HR})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class EvidenceServiceBean implements EvidenceService {

    /** The years a dashboard may show. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The longest verification note of a held rating. */
    static final int NOTE_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EvidenceFigures figures;

    @Inject
    private RatingList ratingList;

    @Inject
    private AuditTrail audit;

    @Override
    @RolesAllowed({LEADER, COMMITTEE, HEAD, HR})
    public Evidence of(Scope scope, long subjectId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolationException("evidence.period.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolationException("evidence.period.tooLong", MAX_DAYS);
        }
        Person me = caller.requirePerson();
        long organisation = me.getOrganisation().getId();
        boolean wholeOrganisation = caller.isInRole(HR) || caller.isInRole(HEAD) || caller.isInRole(COMMITTEE);
        Set<Long> mine = wholeOrganisation ? null : unitsBelow(me.getUnit());
        return switch (scope) {
            case PERSON -> {
                Person p = em.find(Person.class, subjectId);
                if (p == null || !Objects.equals(p.getOrganisation().getId(), organisation)
                        || mine != null && !mine.contains(p.getUnit().getId())) {
                    throw new NotFoundException("Person", subjectId);
                }
                yield figures.ofPerson(organisation, subjectId, from, to);
            }
            case UNIT -> {
                Unit u = em.find(Unit.class, subjectId);
                if (u == null || !Objects.equals(u.getOrganisation().getId(), organisation)
                        || mine != null && !mine.contains(subjectId)) {
                    throw new NotFoundException("Unit", subjectId);
                }
                yield figures.ofUnits(organisation, subjectId, unitsBelow(u), from, to);
            }
            case ORGANISATION -> {
                if (subjectId != organisation || mine != null) {
                    throw new NotFoundException("Organisation", subjectId);
                }
                yield figures.ofOrganisation(organisation, from, to);
            }
        };
    }

    @Override
    @RolesAllowed(LEADER)
    public UnitDashboard dashboard(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException("evidence.year.range");
        }
        Person me = caller.requirePerson();
        long organisation = me.getOrganisation().getId();
        Unit unit = me.getUnit();
        Set<Long> units = unitsBelow(unit);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return new UnitDashboard(unit.getId(), unit.getName(), year,
                figures.ofUnits(organisation, unit.getId(), units, from, to), figures.months(units, year),
                figures.tags(units, from, to), figures.people(organisation, units, from, to));
    }

    @Override
    @RolesAllowed(LEADER)
    public PageResult<RatingRow> ratings(RatingFilter filter, int first, int max) {
        return ratingList.page(unitsBelow(caller.requirePerson().getUnit()), filter, first, max);
    }

    @Override
    @RolesAllowed(LEADER)
    public void verifyHeld(long ratingId, long version, boolean genuine, String note) {
        Person me = caller.requirePerson();
        Rating rating = Records.findAt(em, Rating.class, ratingId, version);
        if (!unitsBelow(me.getUnit()).contains(rating.getUnitId())) {
            throw new NotFoundException("Rating", ratingId);
        }
        if (Objects.equals(rating.getPersonId(), me.getId())) {
            throw new RuleViolationException("rating.heldOwn");
        }
        String text = RequiredText.of(note, "ratings.held.noteRequired", NOTE_MAX, "ratings.held.noteTooLong");
        Map<String, Object> before = rating.auditSnapshot();
        rating.verifyHeld(genuine, text);
        Map<String, Object> after = rating.auditSnapshot();
        after.put("note", text);
        audit.record("verifyHeldRating", "Rating", ratingId, before, after);
    }

    @Override
    @RolesAllowed(LEADER)
    public List<PersonOption> ratedPeople() {
        return ratingList.ratedPeople(unitsBelow(caller.requirePerson().getUnit()));
    }

    /** The unit and every unit below it. */
    private Set<Long> unitsBelow(Unit unit) {
        return UnitTree.withUnitsBelow(em, unit);
    }
}
