package org.evaluation.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.platform.Like;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.SortOrder;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonDetails;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.organisation.PersonQuery;
import org.evaluation.api.organisation.PersonRow;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.platform.PersonalData;
import org.evaluation.audit.AuditTrail;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.Account;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;
import org.evaluation.security.Scopes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.ADMIN;
import static org.evaluation.api.security.Role.Names.HR;

@Stateless
@Local(PeopleService.class)
@DeclareRoles({HR, ADMIN})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class PeopleServiceBean implements PeopleService {

    static final String SUBJECT = "Person";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scopes scopes;

    @EJB
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private PersonalData personalData;

    /**
     * Filters, sorts and pages in the database: the list stays fast with tens of thousands of
     * people. A unit filter takes in the units below it.
     */
    @Override
    @RolesAllowed(HR)
    public PageResult<PersonRow> find(PersonQuery q) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        conditions.add("p.organisation.id IN :reachable");
        params.put("reachable", Scopes.nonEmpty(scopes.hrOrganisations()));
        if (q.organisationId() != null) {
            conditions.add("p.organisation.id = :organisation");
            params.put("organisation", q.organisationId());
        }
        if (q.unitId() != null) {
            conditions.add("p.unit.id IN :units");
            params.put("units", unitAndBelow(q.unitId()));
        }
        if (q.name() != null && !q.name().isBlank()) {
            String text = q.name().strip();
            // no ESCAPE clause (see suggest): Like.escape uses the backslash, the default escape
            String id = ResidentIdNumber.normalise(text);
            if (ResidentIdNumber.isValid(id)) {
                // ID numbers are encrypted: a whole one is found by its blind index, never a part
                conditions.add("(p.name LIKE :name OR p.idNumberIndex = :idNumberIndex)");
                params.put("idNumberIndex", personalData.index(id));
            } else {
                conditions.add("p.name LIKE :name");
            }
            params.put("name", "%" + Like.escape(text) + "%");
        }
        if (q.position() != null && !q.position().isBlank()) {
            conditions.add("p.position LIKE :position");
            params.put("position", "%" + Like.escape(q.position().strip()) + "%");
        }
        if (q.category() != null) {
            conditions.add("p.category = :category");
            params.put("category", q.category());
        }
        if (q.active() != null) {
            conditions.add("p.active = :active");
            params.put("active", q.active());
        }
        String from = " FROM Person p JOIN p.organisation o JOIN p.unit u LEFT JOIN p.supervisor s";
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + from + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("SELECT p.id, p.name, p.gender, p.idNumber, p.category,"
                + " p.position, o.name, u.name, s.name, p.leaderMember, p.active" + from + where
                + orderBy(q), Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<PersonRow> page = rows.setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList().stream()
                .map(r -> new PersonRow((Long) r[0], (String) r[1], (Gender) r[2],
                        ResidentIdNumber.mask((String) r[3]), (EmploymentCategory) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (String) r[8], (Boolean) r[9], (Boolean) r[10]))
                .toList();
        return new PageResult<>(page, count.getSingleResult());
    }

    private static String orderBy(PersonQuery q) {
        String direction = q.order() == SortOrder.DESCENDING ? " DESC" : " ASC";
        String column = q.sort() == null ? "p.name" : switch (q.sort()) {
            case NAME -> "p.name";
            case POSITION -> "p.position";
            case UNIT -> "u.name";
            case CATEGORY -> "p.category";
        };
        return " ORDER BY " + column + direction + ", p.id";
    }

    private List<Long> unitAndBelow(long unitId) {
        Unit root = Records.find(em, Unit.class, unitId);
        List<Object[]> all = em.createQuery("SELECT u.id, u.parent.id FROM Unit u WHERE u.organisation = :o",
                Object[].class).setParameter("o", root.getOrganisation()).getResultList();
        Set<Long> found = new HashSet<>(List.of(unitId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Object[] u : all) {
                if (u[1] != null && found.contains((Long) u[1]) && found.add((Long) u[0])) {
                    grew = true;
                }
            }
        }
        return new ArrayList<>(found);
    }

    @Override
    @RolesAllowed(HR)
    public PersonDetails person(long personId) {
        Person p = Records.find(em, Person.class, personId);
        // the ID number and the rest of a person's record are personal data: every read is kept
        audit.record("read", "Person", personId, null, null);
        return new PersonDetails(p.getId(), p.getVersion(), p.toForm(), p.getOrganisation().getId(),
                p.getOrganisation().getName(), String.join(" / ", p.getUnit().path()),
                OrganisationServiceBean.option(p.getSupervisor()), p.isActive(), p.getLeftOn());
    }

    @Override
    @RolesAllowed(HR)
    public long create(PersonForm form) {
        requireUnusedIdNumber(form.getIdNumber(), null);
        Person person = new Person(form, Records.find(em, Unit.class, form.getUnitId()));
        em.persist(person);
        em.flush();
        audit.record("create", SUBJECT, person.getId(), null, person.auditSnapshot());
        return person.getId();
    }

    @Override
    @RolesAllowed(HR)
    public void update(long personId, long version, PersonForm form) {
        Person person = Records.findAt(em, Person.class, personId, version);
        requireUnusedIdNumber(form.getIdNumber(), personId);
        Map<String, Object> before = person.auditSnapshot();
        person.apply(form, Records.find(em, Unit.class, form.getUnitId()));
        audit.record("update", SUBJECT, personId, before, person.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void deactivate(long personId, long version, LocalDate leftOn) {
        Person person = Records.findAt(em, Person.class, personId, version);
        Map<String, Object> before = person.auditSnapshot();
        person.leave(leftOn);
        // whoever has left signs in no more, and a session still open ends at its next request
        em.createNamedQuery("Account.ofPerson", Account.class).setParameter("person", personId).getResultStream()
                .forEach(Account::endSessions);
        audit.record("deactivate", SUBJECT, personId, before, person.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void reactivate(long personId, long version) {
        Person person = Records.findAt(em, Person.class, personId, version);
        Map<String, Object> before = person.auditSnapshot();
        person.rejoin();
        audit.record("reactivate", SUBJECT, personId, before, person.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void assignLeader(long personId, long version, Long leaderId) {
        Person person = Records.findAt(em, Person.class, personId, version);
        Map<String, Object> before = person.auditSnapshot();
        person.reportTo(leaderId == null ? null : Records.find(em, Person.class, leaderId));
        audit.record("assignLeader", SUBJECT, personId, before, person.auditSnapshot());
    }

    @Override
    @RolesAllowed({HR, ADMIN})
    public List<PersonOption> suggest(Long organisationId, String text, int max) {
        String pattern = "%" + Like.escape(text == null ? "" : text.strip()) + "%";
        // no ESCAPE clause: with one, EclipseLink stops binding parameters and writes TRUE as 1,
        // which H2 2.x refuses for a BOOLEAN column; H2 and PostgreSQL both escape with \ anyway
        TypedQuery<Person> query = em.createQuery("SELECT p FROM Person p JOIN FETCH p.unit"
                        + " WHERE p.active = TRUE AND p.name LIKE :text"
                        + (organisationId == null ? "" : " AND p.organisation.id = :organisation")
                        + (caller.isInRole(ADMIN) ? "" : " AND p.organisation.id IN :reachable")
                        + " ORDER BY p.name", Person.class)
                .setParameter("text", pattern);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        if (!caller.isInRole(ADMIN)) {
            query.setParameter("reachable", Scopes.nonEmpty(scopes.hrOrganisations()));
        }
        return query.setMaxResults(Math.min(Math.max(max, 1), 50))
                .getResultList().stream().map(OrganisationServiceBean::option).toList();
    }

    private void requireUnusedIdNumber(String idNumber, Long self) {
        String id = ResidentIdNumber.normalise(idNumber);
        em.createNamedQuery("Person.byIdNumberIndex", Person.class).setParameter("index", personalData.index(id))
                .getResultStream()
                .filter(other -> !other.getId().equals(self)).findFirst().ifPresent(other -> {
                    throw new RuleViolationException("person.idNumberTaken", ResidentIdNumber.mask(id), other.getName());
                });
    }
}
