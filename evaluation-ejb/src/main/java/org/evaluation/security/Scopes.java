package org.evaluation.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Role;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.UnitTree;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which objects a caller may reach: the one place that knows the organisations each kind of object
 * belongs to, and which organisations each role reaches. An object out of reach is "not found",
 * worded as if it did not exist.
 */
@Stateless
@PermitAll
public class Scopes {

    /** A kind of object: its entity, and the paths from it to the organisations it belongs to. */
    public record Path(String entity, List<String> organisations) {
    }

    private static final Map<Kind, Path> PATHS = new EnumMap<>(Kind.class);

    static {
        path(Kind.ORGANISATION, "Organisation", "id");
        path(Kind.UNIT, "Unit", "organisation.id");
        path(Kind.PERSON, "Person", "organisation.id");
        path(Kind.ACCOUNT, "Account", "person.organisation.id");
        path(Kind.CYCLE, "AssessmentCycle", "organisation.id");
        path(Kind.PARTICIPANT, "Participant", "cycle.organisation.id");
        path(Kind.ELIGIBILITY_RECORD, "EligibilityRecord", "person.organisation.id");
        path(Kind.CALENDAR_ENTRY, "OrganisationCalendarDay", "organisation.id");
        path(Kind.WINDOW, "ServiceWindow", "organisation.id");
        path(Kind.BALLOT, "Ballot", "cycle.organisation.id");
        path(Kind.DOCUMENT_BATCH, "DocumentBatch", "cycle.organisation.id");
        path(Kind.NEGATIVE_CASE, "NegativeRatingCase", "rating.serviceRecord.organisation.id");
        // the hotline centre that took the call, and the organisation of the unit it was sent to
        path(Kind.HOTLINE_ORDER, "HotlineOrder", "centre.id", "unit.organisation.id");
        path(Kind.RATING, "Rating", "serviceRecord.organisation.id");
        path(Kind.RATING_APPEAL, "RatingAppeal", "rating.serviceRecord.organisation.id");
        path(Kind.QUARTERLY_ASSESSMENT, "QuarterlyAssessment", "person.organisation.id");
        path(Kind.OBJECTION, "Objection", "participant.cycle.organisation.id");
        path(Kind.CHALLENGE, "GradeChallenge", "participant.cycle.organisation.id");
        path(Kind.API_KEY, "ApiKey", "organisation.id");
    }

    private static void path(Kind kind, String entity, String... organisations) {
        PATHS.put(kind, new Path(entity, List.of(organisations)));
    }

    /** The entity and organisation paths of a kind, e.g. for a test choosing objects of one organisation. */
    public static Path pathOf(Kind kind) {
        Path path = PATHS.get(kind);
        if (path == null) {
            throw new IllegalArgumentException("no organisation path for " + kind);
        }
        return path;
    }

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /**
     * Refuses, as "not found", an object that does not exist or that the caller reaches in none of
     * the given roles (those of the method called) that they hold.
     */
    public void require(Kind kind, Object id, Collection<Role> roles) {
        if (id == null) {
            return;
        }
        Path path = pathOf(kind);
        Set<Long> owners = organisationsOf(kind, id);
        if (owners == null || !reaches(roles, kind, owners) && !leads(roles, kind, id, owners)) {
            throw new NotFoundException(path.entity(), id);
        }
    }

    /**
     * A leader reaches, beyond what every member of the organisation does, nothing of the whole
     * organisation but the units they lead and those below, and the people in them or reporting to
     * them: the figures of a unit or a person are for their own leader, not for every leader.
     */
    private boolean leads(Collection<Role> roles, Kind kind, Object id, Set<Long> owners) {
        if (!roles.contains(Role.LEADER) || !context.isCallerInRole(Role.LEADER.name())
                || kind != Kind.UNIT && kind != Kind.PERSON) {
            return false;
        }
        String username = Account.normaliseUsername(context.getCallerPrincipal().getName());
        Person me = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(Account::getPerson).filter(Person::isActive).orElse(null);
        if (me == null || !owners.contains(me.getOrganisation().getId())) {
            return false;
        }
        Set<Long> mine = UnitTree.withUnitsBelow(em, me.getUnit());
        if (kind == Kind.UNIT) {
            return mine.contains(((Number) id).longValue());
        }
        Person person = em.find(Person.class, ((Number) id).longValue());
        return mine.contains(person.getUnit().getId())
                || person.getSupervisor() != null && person.getSupervisor().getId().equals(me.getId());
    }

    /**
     * Whether the caller reaches an object of the kind belonging to these organisations in one of the
     * roles that they hold.
     */
    public boolean reaches(Collection<Role> roles, Kind kind, Set<Long> owners) {
        Reach reach = reach();
        for (Role role : roles) {
            if (context.isCallerInRole(role.name()) && reach.reaches(role, kind, owners)) {
                return true;
            }
        }
        return false;
    }

    /** The ids for a query's {@code IN} list: an empty list is not valid SQL everywhere, and no id is -1. */
    public static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    /** The organisations the caller is HR of; empty for every other caller. */
    public Set<Long> hrOrganisations() {
        return reach().hr();
    }

    /** What the calling account reaches, read from the database on every call. */
    public Reach reach() {
        String username = Account.normaliseUsername(context.getCallerPrincipal().getName());
        List<Long> hr = em.createNamedQuery("Account.hrOrganisations", Long.class)
                .setParameter("username", username).getResultList();
        Long own = em.createNamedQuery("Account.activeOrganisation", Long.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        return new Reach(own, own == null ? Set.of() : Set.copyOf(hr));
    }

    /** The organisations an object belongs to; null when it does not exist. */
    private Set<Long> organisationsOf(Kind kind, Object id) {
        Path path = pathOf(kind);
        if (em.createQuery("SELECT COUNT(e) FROM " + path.entity() + " e WHERE e.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() == 0) {
            return null;
        }
        Set<Long> owners = new HashSet<>();
        for (String organisation : path.organisations()) {
            em.createQuery("SELECT e." + organisation + " FROM " + path.entity() + " e WHERE e.id = :id", Long.class)
                    .setParameter("id", id).getResultStream().forEach(owners::add);
        }
        return owners;
    }

    /**
     * The caller's reach: the organisation they work in (null once they have left, or for an
     * account without a person) and the organisations they are HR of (none once they have left).
     */
    public record Reach(Long own, Set<Long> hr) {

        public boolean reaches(Role role, Kind kind, Set<Long> owners) {
            return switch (role) {
                // administrators are allowed platform methods only; those name no organisation's content
                case ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> true;
                case HR -> owners.stream().anyMatch(hr::contains);
                // the city's 12345 centre sends orders to the units and people of every organisation
                case HOTLINE_AGENT -> kind == Kind.UNIT || kind == Kind.PERSON || owners.contains(own);
                // a leader's reach of units and people is narrower: see leads()
                case LEADER -> own != null && owners.contains(own) && kind != Kind.UNIT && kind != Kind.PERSON
                        && kind != Kind.ORGANISATION;
                case STAFF, COMMITTEE, HEAD -> own != null && owners.contains(own);
            };
        }
    }
}
