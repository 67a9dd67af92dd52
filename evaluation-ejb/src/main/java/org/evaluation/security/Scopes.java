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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        path(Kind.QUOTA_CONSENT, "QuotaConsent", "cycle.organisation.id");
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
        if (id != null) {
            requireAll(List.of(new Wanted(kind, List.of(id))), roles);
        }
    }

    /** Objects of one kind a method names, e.g. a parameter or the ids of a collection. */
    public record Wanted(Kind kind, Collection<?> ids) {
    }

    /**
     * {@link #require} for every id a call names, reading the caller's reach once and the
     * organisations of each kind's objects in one query per path, not one per id.
     */
    public void requireAll(List<Wanted> wanted, Collection<Role> roles) {
        Reach reach = null;
        List<Role> held = null;
        Leading leading = null;
        for (Wanted w : wanted) {
            List<Long> ids = w.ids().stream().filter(Objects::nonNull)
                    .map(id -> ((Number) id).longValue()).distinct().toList();
            if (ids.isEmpty()) {
                continue;
            }
            if (reach == null) {
                reach = reach();
                held = roles.stream().filter(r -> context.isCallerInRole(r.name())).toList();
            }
            if (leading == null && (w.kind() == Kind.UNIT || w.kind() == Kind.PERSON)) {
                leading = held.contains(Role.LEADER) ? leading() : Leading.NONE;
            }
            Path path = pathOf(w.kind());
            Map<Long, Set<Long>> owners = organisationsOf(w.kind(), ids);
            for (Long id : ids) {
                Set<Long> of = owners.get(id);
                if (of == null || !reaches(reach, held, w.kind(), of)
                        && (leading == null || !leading.leads(w.kind(), id, of))) {
                    throw new NotFoundException(path.entity(), id);
                }
            }
        }
    }

    private static boolean reaches(Reach reach, List<Role> held, Kind kind, Set<Long> owners) {
        return held.stream().anyMatch(role -> reach.reaches(role, kind, owners));
    }

    /**
     * A leader reaches, beyond what every member of the organisation does, nothing of the whole
     * organisation but the units they lead and those below, and the people in them or reporting to
     * them: the figures of a unit or a person are for their own leader, not for every leader.
     */
    private record Leading(Long person, Long organisation, Set<Long> units, EntityManager em) {

        static final Leading NONE = new Leading(null, null, Set.of(), null);

        boolean leads(Kind kind, long id, Set<Long> owners) {
            if (person == null || kind != Kind.UNIT && kind != Kind.PERSON || !owners.contains(organisation)) {
                return false;
            }
            if (kind == Kind.UNIT) {
                return units.contains(id);
            }
            Person other = em.find(Person.class, id);
            return units.contains(other.getUnit().getId())
                    || other.getSupervisor() != null && other.getSupervisor().getId().equals(person);
        }
    }

    /** The calling leader's person and units, read once per call. */
    private Leading leading() {
        String username = Account.normaliseUsername(context.getCallerPrincipal().getName());
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(Account::getPerson).filter(Person::isActive)
                .map(me -> new Leading(me.getId(), me.getOrganisation().getId(), UnitTree.withUnitsBelow(em, me.getUnit()),
                        em))
                .orElse(Leading.NONE);
    }

    /** The ids for a query's {@code IN} list: an empty list is not valid SQL everywhere, and no id is -1. */
    public static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    /** The organisations the caller is HR of; empty for every other caller. */
    public Set<Long> hrOrganisations() {
        return reach().hr();
    }

    /** The organisations the caller's organisation oversees as their competent authority. */
    public Set<Long> overseen() {
        return reach().overseen();
    }

    /** What the calling account reaches, read from the database on every call. */
    public Reach reach() {
        String username = Account.normaliseUsername(context.getCallerPrincipal().getName());
        List<Long> hr = em.createNamedQuery("Account.hrOrganisations", Long.class)
                .setParameter("username", username).getResultList();
        Long own = em.createNamedQuery("Account.activeOrganisation", Long.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (own == null) {
            return new Reach(null, Set.of(), Set.of());
        }
        List<Long> overseen = context.isCallerInRole(Role.AUTHORITY.name())
                ? em.createNamedQuery("Organisation.overseenBy", Long.class).setParameter("authority", own)
                        .getResultList()
                : List.of();
        return new Reach(own, Set.copyOf(hr), Set.copyOf(overseen));
    }

    /** The organisations each existing object belongs to; an id that exists nowhere is left out. */
    private Map<Long, Set<Long>> organisationsOf(Kind kind, List<Long> ids) {
        Path path = pathOf(kind);
        Map<Long, Set<Long>> owners = new HashMap<>();
        em.createQuery("SELECT e.id FROM " + path.entity() + " e WHERE e.id IN :ids", Long.class)
                .setParameter("ids", ids).getResultStream().forEach(id -> owners.put(id, new HashSet<>()));
        for (String organisation : path.organisations()) {
            em.createQuery("SELECT e.id, e." + organisation + " FROM " + path.entity() + " e WHERE e.id IN :ids",
                    Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(r -> owners.get((Long) r[0]).add((Long) r[1]));
        }
        return owners;
    }

    /**
     * The caller's reach: the organisation they work in (null once they have left, or for an
     * account without a person), the organisations they are HR of and those their organisation
     * oversees as competent authority (none once they have left).
     */
    public record Reach(Long own, Set<Long> hr, Set<Long> overseen) {

        public boolean reaches(Role role, Kind kind, Set<Long> owners) {
            return switch (role) {
                // administrators are allowed platform methods only; those name no organisation's content
                case ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> true;
                case HR -> owners.stream().anyMatch(hr::contains);
                case AUTHORITY -> owners.stream().anyMatch(overseen::contains);
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
