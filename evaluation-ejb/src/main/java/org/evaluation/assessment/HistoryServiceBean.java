package org.evaluation.assessment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.HistoryService;
import org.evaluation.api.assessment.YearResult;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Records;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Interceptors(ReachCheck.class)
@Local(HistoryService.class)
@DeclareRoles({STAFF, HR})
public class HistoryServiceBean implements HistoryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Override
    @RolesAllowed(STAFF)
    public List<YearResult> mine() {
        return history(caller.requirePerson().getId());
    }

    @Override
    @RolesAllowed(HR)
    public List<YearResult> of(long personId) {
        return history(Records.find(em, Person.class, personId).getId());
    }

    private List<YearResult> history(long personId) {
        // the grade names of a year are those of the scheme of that year's closed cycle
        Map<Integer, GradeScheme> schemes = new HashMap<>();
        em.createQuery("SELECT c.year, c.scheme FROM Participant p JOIN p.cycle c WHERE p.person.id = :person"
                        + " AND c.status = :closed", Object[].class)
                .setParameter("person", personId).setParameter("closed", CycleStatus.CLOSED).getResultList()
                .forEach(r -> schemes.put((Integer) r[0], (GradeScheme) r[1]));
        return em.createNamedQuery("ConsequenceRecord.ofPerson", ConsequenceRecord.class)
                .setParameter("person", personId).getResultStream()
                .map(r -> new YearResult(r.getYear(), schemes.getOrDefault(r.getYear(), GradeScheme.CIVIL_SERVANT),
                        r.getGrade(), r.getEffect(), r.isCommendation(), r.isThirdClassMerit(), r.getQualifyingYears(),
                        r.isWageStepDue(), r.isLevelDue(), r.isDemotion(), r.isDismissalFlag()))
                .toList();
    }
}
