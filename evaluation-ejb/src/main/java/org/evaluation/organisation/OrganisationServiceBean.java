package org.evaluation.organisation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.organisation.UnitNode;
import org.evaluation.audit.AuditTrail;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;
import org.evaluation.security.Scopes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.evaluation.api.security.Role.Names.ADMIN;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.SECURITY_ADMIN;

@Stateless
@Local(OrganisationService.class)
@DeclareRoles({HR, ADMIN, SECURITY_ADMIN})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class OrganisationServiceBean implements OrganisationService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Scopes scopes;

    @EJB
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Override
    @RolesAllowed({HR, ADMIN, SECURITY_ADMIN})
    public List<OrganisationSummary> organisations() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.organisation.id, COUNT(p) FROM Person p WHERE p.active = TRUE"
                        + " GROUP BY p.organisation.id", Object[].class)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        // administrators name organisations for API keys and HR scopes; HR sees those it is HR of
        TypedQuery<Organisation> query = context.isCallerInRole(ADMIN) || context.isCallerInRole(SECURITY_ADMIN)
                ? em.createNamedQuery("Organisation.all", Organisation.class)
                : em.createNamedQuery("Organisation.among", Organisation.class)
                        .setParameter("organisations", Scopes.nonEmpty(scopes.hrOrganisations()));
        return query.getResultList().stream()
                .map(o -> summary(o, counts.getOrDefault(o.getId(), 0L))).toList();
    }

    @Override
    @RolesAllowed({HR, ADMIN})
    public OrganisationSummary organisation(long organisationId) {
        Organisation o = Records.find(em, Organisation.class, organisationId);
        return summary(o, em.createNamedQuery("Person.countActiveInOrganisation", Long.class)
                .setParameter("organisation", organisationId).getSingleResult());
    }

    @Override
    @RolesAllowed(HR)
    public long createOrganisation(String name) {
        Organisation organisation = new Organisation(name);
        if (!em.createNamedQuery("Organisation.byName", Organisation.class)
                .setParameter("name", organisation.getName()).getResultList().isEmpty()) {
            throw new RuleViolationException("organisation.nameTaken", organisation.getName());
        }
        em.persist(organisation);
        em.flush();
        audit.record("create", "Organisation", organisation.getId(), null, organisation.auditSnapshot());
        if (context.isCallerInRole(HR)) {
            // whoever registers an organisation is its first HR officer, and can name others
            caller.account().addHrOrganisation(organisation);
        }
        return organisation.getId();
    }

    @Override
    @RolesAllowed({HR, ADMIN})
    public List<UnitNode> units(long organisationId) {
        Records.find(em, Organisation.class, organisationId);
        Map<Long, Long> people = new HashMap<>();
        em.createNamedQuery("Person.activeCountByUnit", Object[].class).setParameter("organisation", organisationId)
                .getResultList().forEach(r -> people.put((Long) r[0], (Long) r[1]));
        List<Unit> units = em.createNamedQuery("Unit.ofOrganisation", Unit.class)
                .setParameter("organisation", organisationId).getResultList();
        Map<Long, List<Unit>> children = new LinkedHashMap<>();
        for (Unit u : units) {
            children.computeIfAbsent(u.getParent() == null ? null : u.getParent().getId(), k -> new ArrayList<>()).add(u);
        }
        List<UnitNode> ordered = new ArrayList<>();
        addDepthFirst(null, children, people, ordered);
        return ordered;
    }

    private static void addDepthFirst(Long parentId, Map<Long, List<Unit>> children, Map<Long, Long> people,
                                      List<UnitNode> out) {
        List<Unit> level = new ArrayList<>(children.getOrDefault(parentId, List.of()));
        level.sort(Comparator.comparing(Unit::getName));
        for (Unit u : level) {
            out.add(new UnitNode(u.getId(), parentId, u.getName(), u.getVersion(), people.getOrDefault(u.getId(), 0L)));
            addDepthFirst(u.getId(), children, people, out);
        }
    }

    @Override
    @RolesAllowed(HR)
    public long createUnit(long organisationId, Long parentUnitId, String name) {
        Organisation organisation = Records.find(em, Organisation.class, organisationId);
        Unit parent = parentUnitId == null ? null : Records.find(em, Unit.class, parentUnitId);
        Unit unit = new Unit(organisation, parent, name);
        requireUniqueName(unit);
        em.persist(unit);
        em.flush();
        audit.record("create", "Unit", unit.getId(), null, unit.auditSnapshot());
        return unit.getId();
    }

    @Override
    @RolesAllowed(HR)
    public void renameUnit(long unitId, long version, String name) {
        Unit unit = Records.findAt(em, Unit.class, unitId, version);
        Map<String, Object> before = unit.auditSnapshot();
        unit.rename(name);
        requireUniqueName(unit);
        audit.record("rename", "Unit", unitId, before, unit.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void moveUnit(long unitId, long version, Long newParentUnitId) {
        Unit unit = Records.findAt(em, Unit.class, unitId, version);
        Unit parent = newParentUnitId == null ? null : Records.find(em, Unit.class, newParentUnitId);
        Map<String, Object> before = unit.auditSnapshot();
        unit.moveUnder(parent);
        requireUniqueName(unit);
        audit.record("move", "Unit", unitId, before, unit.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void assignHead(long organisationId, long version, Long headPersonId) {
        Organisation o = Records.findAt(em, Organisation.class, organisationId, version);
        Map<String, Object> before = o.auditSnapshot();
        o.appointHead(headPersonId == null ? null : Records.find(em, Person.class, headPersonId));
        audit.record("assignHead", "Organisation", organisationId, before, o.auditSnapshot());
    }

    @Override
    @RolesAllowed(SECURITY_ADMIN)
    public void setCompetentAuthority(long organisationId, long version, Long authorityId) {
        Organisation organisation = Records.findAt(em, Organisation.class, organisationId, version);
        Map<String, Object> before = organisation.auditSnapshot();
        organisation.answerTo(authorityId == null ? null : Records.find(em, Organisation.class, authorityId));
        audit.record("answerTo", "Organisation", organisationId, before, organisation.auditSnapshot());
    }

    @Override
    @RolesAllowed(HR)
    public void setCommittee(long organisationId, long version, List<Long> memberIds, Long chairId) {
        Organisation o = Records.findAt(em, Organisation.class, organisationId, version);
        Map<String, Object> before = o.auditSnapshot();
        List<Person> members = memberIds.stream().filter(Objects::nonNull).distinct()
                .map(id -> Records.find(em, Person.class, id)).toList();
        o.formCommittee(members, chairId == null ? null : Records.find(em, Person.class, chairId));
        audit.record("setCommittee", "Organisation", organisationId, before, o.auditSnapshot());
    }

    private void requireUniqueName(Unit unit) {
        TypedQuery<Long> siblingsNamed = em.createQuery("SELECT COUNT(u) FROM Unit u"
                        + " WHERE u.organisation = :organisation AND u.name = :name AND u.id <> :self AND "
                        + (unit.getParent() == null ? "u.parent IS NULL" : "u.parent = :parent"), Long.class)
                .setParameter("organisation", unit.getOrganisation())
                .setParameter("name", unit.getName())
                .setParameter("self", unit.getId() == null ? -1L : unit.getId());
        if (unit.getParent() != null) {
            siblingsNamed.setParameter("parent", unit.getParent());
        }
        if (siblingsNamed.getSingleResult() > 0) {
            throw new RuleViolationException("unit.nameTaken", unit.getName());
        }
    }

    static PersonOption option(Person p) {
        return p == null ? null : new PersonOption(p.getId(), p.getName(), p.getPosition(), p.getUnit().getName());
    }

    private static OrganisationSummary summary(Organisation o, long activePeople) {
        return new OrganisationSummary(o.getId(), o.getVersion(), o.getName(), option(o.getHead()),
                option(o.getCommitteeChair()), o.getCommitteeMembers().stream().map(OrganisationServiceBean::option).toList(),
                activePeople, o.getCompetentAuthority() == null ? null : o.getCompetentAuthority().getId(),
                o.getCompetentAuthority() == null ? null : o.getCompetentAuthority().getName());
    }
}
