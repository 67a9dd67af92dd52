package org.evaluation.quarterly;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.quarterly.GoodCap;
import org.evaluation.api.quarterly.QuarterGrade;
import org.evaluation.api.quarterly.QuarterlyAssessmentView;
import org.evaluation.api.quarterly.QuarterlyPolicyView;
import org.evaluation.api.quarterly.QuarterlyService;
import org.evaluation.api.quarterly.QuarterlyStatus;
import org.evaluation.api.quarterly.SupervisedQuarter;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(QuarterlyService.class)
@DeclareRoles({STAFF, LEADER, HR})
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class QuarterlyServiceBean implements QuarterlyService {

    static final String SUBJECT = "QuarterlyAssessment";
    static final String POLICY_SUBJECT = "QuarterlyPolicy";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today clock;

    // --- staff ---

    @Override
    @RolesAllowed(STAFF)
    public List<QuarterlyAssessmentView> myYear(int year) {
        Person me = caller.requirePerson();
        Map<Integer, QuarterlyAssessment> written = em.createNamedQuery("QuarterlyAssessment.ofPersonYear",
                        QuarterlyAssessment.class).setParameter("person", me).setParameter("year", year)
                .getResultStream().collect(Collectors.toMap(QuarterlyAssessment::getQuarter, Function.identity()));
        LocalDate today = clock.date();
        return IntStream.rangeClosed(1, 4).mapToObj(q -> written.containsKey(q)
                ? view(written.get(q), true) : unwritten(me, year, q, today)).toList();
    }

    @Override
    @RolesAllowed(STAFF)
    public QuarterlyAssessmentView saveDraft(int year, int quarter, String workRecord, long version) {
        Person me = caller.requirePerson();
        QuarterlyAssessment a = ownAt(me, year, quarter, version);
        Map<String, Object> before = a.getId() == null ? null : a.auditSnapshot();
        a.revise(me, workRecord);
        store(a);
        audit.record("saveDraft", SUBJECT, a.getId(), before, a.auditSnapshot());
        return view(a, true);
    }

    @Override
    @RolesAllowed(STAFF)
    public QuarterlyAssessmentView submit(int year, int quarter, String workRecord, long version) {
        Person me = caller.requirePerson();
        QuarterlyAssessment a = ownAt(me, year, quarter, version);
        Map<String, Object> before = a.getId() == null ? null : a.auditSnapshot();
        a.revise(me, workRecord);
        a.submit(me, LocalDateTime.now(Today.CHINA));
        store(a);
        audit.record("submit", SUBJECT, a.getId(), before, a.auditSnapshot());
        return view(a, true);
    }

    /**
     * The caller's record of the quarter at the version they saw, or a new draft when they saw
     * none (version 0) and there is none.
     */
    private QuarterlyAssessment ownAt(Person me, int year, int quarter, long version) {
        QuarterlyAssessment existing = em.createNamedQuery("QuarterlyAssessment.ofPersonQuarter",
                        QuarterlyAssessment.class).setParameter("person", me).setParameter("year", year)
                .setParameter("quarter", quarter).getResultStream().findFirst().orElse(null);
        if (existing == null) {
            if (version != 0) {
                throw new EditConflictException();
            }
            return new QuarterlyAssessment(me, year, quarter, clock.date());
        }
        if (existing.getVersion() != version) {
            throw new EditConflictException();
        }
        return existing;
    }

    /** Writes the record now, so that its id and new version are known to the answer. */
    private void store(QuarterlyAssessment a) {
        if (a.getId() == null) {
            em.persist(a);
        }
        em.flush();
    }

    // --- author or leader ---

    @Override
    @RolesAllowed({STAFF, LEADER})
    public QuarterlyAssessmentView assessment(long assessmentId) {
        Person me = caller.requirePerson();
        QuarterlyAssessment a = visible(me, assessmentId);
        return view(a, showsText(a, me));
    }

    /** The record, if the caller is its author or their leader; to anyone else it does not exist. */
    private QuarterlyAssessment visible(Person me, long assessmentId) {
        QuarterlyAssessment a = em.find(QuarterlyAssessment.class, assessmentId);
        if (a == null || !a.visibleTo(me)) {
            throw new NotFoundException(SUBJECT, assessmentId);
        }
        return a;
    }

    private static QuarterlyAssessment at(QuarterlyAssessment a, long version) {
        if (a.getVersion() != version) {
            throw new EditConflictException();
        }
        return a;
    }

    /** A leader reads a record once it is handed in, not while its author is still writing it. */
    private static boolean showsText(QuarterlyAssessment a, Person viewer) {
        return a.getPerson().getId().equals(viewer.getId()) || !a.getStatus().editable();
    }

    // --- leaders ---

    @Override
    @RolesAllowed(LEADER)
    public List<SupervisedQuarter> team(int year, int quarter) {
        Person me = caller.requirePerson();
        List<Person> supervised = em.createQuery("SELECT p FROM Person p WHERE p.supervisor = :me AND p.active = :active",
                Person.class).setParameter("me", me).setParameter("active", Boolean.TRUE).getResultList();
        Map<Long, QuarterlyAssessment> records = em.createQuery("SELECT a FROM QuarterlyAssessment a"
                                + " WHERE a.person.supervisor = :me AND a.year = :year AND a.quarter = :quarter",
                        QuarterlyAssessment.class).setParameter("me", me).setParameter("year", year)
                .setParameter("quarter", quarter).getResultStream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), Function.identity()));
        // everyone supervised now, and whoever has left but wrote a record of the quarter
        Map<Long, Person> people = new LinkedHashMap<>();
        supervised.forEach(p -> people.put(p.getId(), p));
        records.values().forEach(a -> people.putIfAbsent(a.getPerson().getId(), a.getPerson()));
        return people.values().stream().sorted(Comparator.comparing(Person::getName).thenComparing(Person::getId))
                .map(p -> row(p, records.get(p.getId()))).toList();
    }

    private static SupervisedQuarter row(Person p, QuarterlyAssessment a) {
        return new SupervisedQuarter(p.getId(), p.getName(), p.getPosition(), String.join(" / ", p.getUnit().path()),
                p.isActive(), a == null ? null : a.getId(), a == null ? null : a.getStatus(),
                a == null ? null : a.getGrade(), a == null ? null : a.getSubmittedAt());
    }

    @Override
    @RolesAllowed(LEADER)
    public GoodCap goodCap(int year, int quarter) {
        Organisation organisation = caller.requirePerson().getOrganisation();
        return capOf(organisation, year, quarter);
    }

    /** The cap from the organisation's policy and its records of the quarter, counted in the database. */
    private GoodCap capOf(Organisation organisation, int year, int quarter) {
        long handedIn = 0;
        long good = 0;
        for (Object[] row : em.createNamedQuery("QuarterlyAssessment.countsInOrganisation", Object[].class)
                .setParameter("organisation", organisation.getId()).setParameter("year", year)
                .setParameter("quarter", quarter).getResultList()) {
            QuarterlyStatus status = (QuarterlyStatus) row[0];
            long count = ((Number) row[2]).longValue();
            if (status.handedIn()) {
                handedIn += count;
            }
            if (status == QuarterlyStatus.GRADED && row[1] == QuarterGrade.GOOD) {
                good += count;
            }
        }
        return policyOf(organisation).cap(handedIn, good);
    }

    @Override
    @RolesAllowed(LEADER)
    public QuarterlyAssessmentView grade(long assessmentId, long version, QuarterGrade grade, String comment) {
        Person me = caller.requirePerson();
        QuarterlyAssessment a = at(visible(me, assessmentId), version);
        Map<String, Object> before = a.auditSnapshot();
        a.requireGradableBy(me); // own record, not supervised, not handed in: said before any count
        if (a.wouldAddGood(grade)) {
            // one 好 at a time per organisation: two leaders grading at once cannot both take the last one
            Organisation organisation = a.getPerson().getOrganisation();
            em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
            GoodCap cap = capOf(organisation, a.getYear(), a.getQuarter());
            policyOf(organisation).admitOneMoreGood(cap.handedIn(), cap.used());
        }
        a.grade(me, grade, comment, LocalDateTime.now(Today.CHINA));
        em.flush();
        audit.record("grade", SUBJECT, a.getId(), before, a.auditSnapshot());
        return view(a, true);
    }

    @Override
    @RolesAllowed(LEADER)
    public QuarterlyAssessmentView returnForRevision(long assessmentId, long version, String reason) {
        Person me = caller.requirePerson();
        QuarterlyAssessment a = at(visible(me, assessmentId), version);
        Map<String, Object> before = a.auditSnapshot();
        a.returnForRevision(me, reason);
        em.flush();
        audit.record("returnForRevision", SUBJECT, a.getId(), before, a.auditSnapshot());
        return view(a, true);
    }

    // --- HR ---

    @Override
    @RolesAllowed(HR)
    public QuarterlyPolicyView policy(long organisationId) {
        return policyOf(Records.find(em, Organisation.class, organisationId)).view();
    }

    @Override
    @RolesAllowed(HR)
    public void setPolicy(long organisationId, long version, int goodCapPercent) {
        Organisation organisation = Records.find(em, Organisation.class, organisationId);
        QuarterlyPolicy policy = stored(organisation);
        Map<String, Object> before = null;
        if (policy == null) {
            if (version != 0) {
                throw new EditConflictException();
            }
            policy = new QuarterlyPolicy(organisation);
            policy.capGood(goodCapPercent);
            em.persist(policy);
        } else {
            at(policy, version);
            before = policy.auditSnapshot();
            policy.capGood(goodCapPercent);
        }
        em.flush();
        audit.record("setPolicy", POLICY_SUBJECT, organisationId, before, policy.auditSnapshot());
    }

    private static QuarterlyPolicy at(QuarterlyPolicy policy, long version) {
        if (policy.getVersion() != version) {
            throw new EditConflictException();
        }
        return policy;
    }

    private QuarterlyPolicy stored(Organisation organisation) {
        return em.createNamedQuery("QuarterlyPolicy.ofOrganisation", QuarterlyPolicy.class)
                .setParameter("organisation", organisation.getId()).getResultStream().findFirst().orElse(null);
    }

    /** The stored policy, or the defaults (never stored) when the organisation has set none. */
    private QuarterlyPolicy policyOf(Organisation organisation) {
        QuarterlyPolicy policy = stored(organisation);
        return policy == null ? new QuarterlyPolicy(organisation) : policy;
    }

    // --- views ---

    static QuarterlyAssessmentView view(QuarterlyAssessment a, boolean withText) {
        Person p = a.getPerson();
        return new QuarterlyAssessmentView(a.getId(), a.getVersion(), p.getId(), p.getName(), a.getYear(),
                a.getQuarter(), true, a.getStatus(), withText ? a.getWorkRecord() : null, a.getSubmittedAt(),
                a.getReturnReason(), a.getGrade(), a.getLeaderComment(),
                a.getGradedBy() == null ? null : a.getGradedBy().getName(), a.getGradedAt());
    }

    private static QuarterlyAssessmentView unwritten(Person p, int year, int quarter, LocalDate today) {
        return new QuarterlyAssessmentView(null, 0, p.getId(), p.getName(), year, quarter,
                QuarterlyAssessment.started(year, quarter, today), null, null, null, null, null, null, null, null);
    }
}
