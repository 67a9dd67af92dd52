package org.evaluation.dashboard;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.SummaryStatus;
import org.evaluation.api.dashboard.CaseClosure;
import org.evaluation.api.dashboard.CycleProgress;
import org.evaluation.api.dashboard.CycleResults;
import org.evaluation.api.dashboard.DashboardCycle;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.api.dashboard.Disagreement;
import org.evaluation.api.dashboard.GradeCounts;
import org.evaluation.api.dashboard.GradeSatisfaction;
import org.evaluation.api.dashboard.OverdueItem;
import org.evaluation.api.dashboard.OverdueKind;
import org.evaluation.api.dashboard.UnitGrades;
import org.evaluation.api.dashboard.UnitProgress;
import org.evaluation.api.dashboard.UnitYears;
import org.evaluation.api.dashboard.YearGrades;
import org.evaluation.api.feedback.evidence.Satisfaction;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.feedback.FeedbackPolicies;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.organisation.UnitTree;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;
import org.evaluation.feedback.RatingSql;
import org.evaluation.security.Scopes;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.evaluation.api.security.Role.Names.AUTHORITY;
import static org.evaluation.api.security.Role.Names.COMMITTEE;
import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.LEADER;

/**
 * The dashboards' figures. Every count is one grouped query (native SQL that H2 and PostgreSQL both
 * run, as in {@code EvidenceFigures}: conditional sums); only the overdue list reads rows, at most
 * {@link CycleProgress#MAX_OVERDUE} of them.
 */
@Stateless
@Interceptors(ReachCheck.class)
@Local(DashboardService.class)
@DeclareRoles({HR, COMMITTEE, LEADER})
public class DashboardServiceBean implements DashboardService {

    /** The most ids one IN list carries. */
    private static final int CHUNK = 1000;

    /** The years a case-closure dashboard may show (as the feedback dashboard). */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The grade a participant holds: the final one once confirmed, before that the committee's decision. */
    private static final String GRADE_HELD = "CASE WHEN p.final_grade IS NOT NULL THEN p.final_grade"
            + " WHEN p.decided = TRUE THEN p.decided_grade END";

    /** The grade as far as it goes: held, else the leader's submitted proposal. */
    private static final String GRADE_NOW = "CASE WHEN p.final_grade IS NOT NULL THEN p.final_grade"
            + " WHEN p.decided = TRUE THEN p.decided_grade WHEN p.review_submitted = TRUE THEN p.proposed_grade END";

    /** The effects that receive a grade, the quota's base (as the board counts it). */
    private static final String GRADED_EFFECTS = Arrays.stream(EligibilityEffect.values())
            .filter(EligibilityEffect::graded).map(e -> "'" + e.name() + "'").collect(Collectors.joining(", "));

    /**
     * Grade counts of participants (not removed) grouped by {@code k} and {@code j}: the four grades,
     * decided without a grade, waiting for a decision, and the quota's base.
     */
    private static final String GRADE_COUNTS = "SELECT x.k, x.j,"
            + " SUM(CASE WHEN x.g = 'EXCELLENT' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.g = 'COMPETENT' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.g = 'BASICALLY_COMPETENT' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.g = 'INCOMPETENT' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.g IS NULL AND x.d = 1 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN x.g IS NULL AND x.d = 0 THEN 1 ELSE 0 END),"
            + " SUM(x.b)"
            + " FROM (SELECT %s AS k, %s AS j, " + GRADE_HELD + " AS g,"
            + " CASE WHEN p.decided = TRUE OR p.final_grade IS NOT NULL THEN 1 ELSE 0 END AS d,"
            + " CASE WHEN p.eligibility_effect IN (" + GRADED_EFFECTS + ") THEN 1 ELSE 0 END AS b"
            + " FROM participant p WHERE p.removed = FALSE AND %s) x GROUP BY x.k, x.j";

    /**
     * The real ratings of each rated person of an organisation in a period, with how many rated
     * people have a rate at or below theirs and at or above theirs (peers share the place, as the
     * evidence's standing). Organisation and period are written in, so each run is planned for them.
     */
    private static final String RANKED = "SELECT person_id, n, sat,"
            + " COUNT(*) OVER (ORDER BY CAST(sat AS DOUBLE PRECISION) / n) AS at_or_below,"
            + " COUNT(*) OVER (ORDER BY CAST(sat AS DOUBLE PRECISION) / n DESC) AS at_or_above,"
            + " COUNT(*) OVER () AS rated"
            + " FROM (" + RatingSql.ratedPeople("%d", "DATE '%s'", "DATE '%s'") + ") s";

    @EJB
    private Scopes scopes;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Inject
    private FeedbackPolicies policies;

    @Override
    @RolesAllowed({HR, COMMITTEE, AUTHORITY})
    public List<DashboardCycle> cycles() {
        // HR watches its organisations' cycles from the start; the committee and the competent
        // authority once they have opened
        Map<Long, AssessmentCycle> watched = new LinkedHashMap<>();
        if (caller.isInRole(HR)) {
            em.createNamedQuery("AssessmentCycle.ofOrganisations", AssessmentCycle.class)
                    .setParameter("organisations", Scopes.nonEmpty(scopes.hrOrganisations())).getResultStream()
                    .forEach(c -> watched.put(c.getId(), c));
        }
        if (caller.isInRole(AUTHORITY)) {
            em.createNamedQuery("AssessmentCycle.ofOrganisations", AssessmentCycle.class)
                    .setParameter("organisations", Scopes.nonEmpty(scopes.overseen())).getResultStream()
                    .filter(c -> c.getStatus() != CycleStatus.PREPARING).forEach(c -> watched.putIfAbsent(c.getId(), c));
        }
        if (caller.isInRole(COMMITTEE)) {
            em.createQuery("SELECT c FROM AssessmentCycle c WHERE c.status <> :preparing AND c.organisation.id IN"
                            + " (SELECT o.id FROM Organisation o JOIN o.committeeMembers m WHERE m.id = :me)",
                            AssessmentCycle.class)
                    .setParameter("preparing", CycleStatus.PREPARING).setParameter("me", myId()).getResultStream()
                    .forEach(c -> watched.putIfAbsent(c.getId(), c));
        }
        return watched.values().stream()
                .sorted(Comparator.comparing(AssessmentCycle::getYear).reversed()
                        .thenComparing(c -> c.getOrganisation().getName()))
                .map(DashboardServiceBean::view).toList();
    }

    // ---- progress ----

    @Override
    @RolesAllowed({HR, COMMITTEE, AUTHORITY})
    public CycleProgress progress(long cycleId) {
        AssessmentCycle cycle = watched(cycleId);
        List<?> rows = em.createNativeQuery("SELECT u.id, u.name, COUNT(*),"
                        + " SUM(CASE WHEN p.summary_status = 'SUBMITTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.review_submitted = TRUE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.decided = TRUE OR p.final_grade IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.acknowledged_on IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.acknowledged_on IS NULL AND p.refused_on IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM participant p JOIN org_unit u ON u.id = p.unit_id"
                        + " WHERE p.cycle_id = ? AND p.removed = FALSE GROUP BY u.id, u.name")
                .setParameter(1, cycleId).getResultList();
        List<UnitProgress> units = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            units.add(new UnitProgress(number(r[0]), (String) r[1], number(r[2]), number(r[3]), number(r[4]),
                    number(r[5]), number(r[6]), number(r[7])));
        }
        units.sort(Comparator.comparing(UnitProgress::unitName));
        LocalDate day = today.date();
        List<OverdueItem> overdue = new ArrayList<>();
        long total = 0;
        CycleStatus status = cycle.getStatus();
        if (status == CycleStatus.OPEN && cycle.getSummaryDue() != null && day.isAfter(cycle.getSummaryDue())) {
            total += overdue(overdue, cycle, OverdueKind.SUMMARY, cycle.getSummaryDue(), day,
                    " AND p.summaryStatus <> :submitted");
        }
        if (status == CycleStatus.OPEN && cycle.getReviewDue() != null && day.isAfter(cycle.getReviewDue())) {
            total += overdue(overdue, cycle, OverdueKind.REVIEW, cycle.getReviewDue(), day,
                    " AND p.summaryStatus = :submitted AND p.reviewSubmitted = :no");
        }
        if ((status == CycleStatus.OPEN || status == CycleStatus.PUBLICITY) && cycle.getDecisionDue() != null
                && day.isAfter(cycle.getDecisionDue())) {
            total += overdue(overdue, cycle, OverdueKind.DECISION, cycle.getDecisionDue(), day,
                    " AND p.decided = :no AND p.finalGrade IS NULL");
        }
        overdue.sort(Comparator.comparing(OverdueItem::due).thenComparing(OverdueItem::unitName)
                .thenComparing(OverdueItem::personName));
        return new CycleProgress(view(cycle), day, units, UnitProgress.total(cycle.getOrganisation().getName(), units),
                overdue.subList(0, Math.min(overdue.size(), CycleProgress.MAX_OVERDUE)), total);
    }

    /** Adds the first overdue items of one kind to {@code into}; answers how many there are in all. */
    private long overdue(List<OverdueItem> into, AssessmentCycle cycle, OverdueKind kind, LocalDate due,
                         LocalDate day, String condition) {
        String where = " FROM Participant p LEFT JOIN p.reviewer r WHERE p.cycle.id = :cycle AND p.removed = :no"
                + condition;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + where, Long.class);
        TypedQuery<Object[]> list = em.createQuery("SELECT p.id, p.person.name, p.unit.name, r.name" + where
                + " ORDER BY p.unit.name, p.person.name", Object[].class).setMaxResults(CycleProgress.MAX_OVERDUE);
        for (TypedQuery<?> q : List.of(count, list)) {
            q.setParameter("cycle", cycle.getId()).setParameter("no", false);
            if (condition.contains(":submitted")) {
                q.setParameter("submitted", SummaryStatus.SUBMITTED);
            }
        }
        long late = ChronoUnit.DAYS.between(due, day);
        for (Object[] r : list.getResultList()) {
            String responsible = switch (kind) {
                case SUMMARY -> (String) r[1];
                case REVIEW -> (String) r[3];
                case DECISION -> null;
            };
            into.add(new OverdueItem((Long) r[0], (String) r[1], (String) r[2], kind, due, late, responsible));
        }
        return count.getSingleResult();
    }

    // ---- results ----

    @Override
    @RolesAllowed({HR, COMMITTEE, AUTHORITY})
    public CycleResults results(long cycleId) {
        AssessmentCycle cycle = watched(cycleId);
        long organisation = cycle.getOrganisation().getId();
        List<AssessmentCycle> ofOrganisation = em.createQuery("SELECT c FROM AssessmentCycle c"
                        + " WHERE c.organisation.id = :organisation ORDER BY c.year", AssessmentCycle.class)
                .setParameter("organisation", organisation).getResultList();
        // one grouped query: every cycle of the organisation by unit; the years and the chosen cycle add up from it
        Map<Long, Map<Long, long[]>> byCycleAndUnit = gradeCounts("p.cycle_id", "p.unit_id",
                "p.cycle_id IN (SELECT c.id FROM assessment_cycle c WHERE c.organisation_id = ?)", organisation);
        Map<Long, String> unitNames = new HashMap<>();
        List<Long> unitIds = byCycleAndUnit.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        if (!unitIds.isEmpty()) {
            em.createQuery("SELECT u.id, u.name FROM Unit u WHERE u.id IN :ids", Object[].class)
                    .setParameter("ids", unitIds).getResultList()
                    .forEach(r -> unitNames.put((Long) r[0], (String) r[1]));
        }
        List<YearGrades> years = new ArrayList<>();
        for (AssessmentCycle c : ofOrganisation) {
            long[] n = sum(byCycleAndUnit.getOrDefault(c.getId(), Map.of()).values());
            years.add(new YearGrades(c.getId(), c.getYear(), c.getStatus(), counts(n), c.quota((int) n[6])));
        }
        List<UnitYears> unitYears = unitIds.stream()
                .map(unit -> new UnitYears(unit, unitNames.get(unit), ofOrganisation.stream()
                        .map(c -> counts(byCycleAndUnit.getOrDefault(c.getId(), Map.of())
                                .getOrDefault(unit, new long[7]))).toList()))
                .sorted(Comparator.comparing(UnitYears::unitName)).toList();
        List<UnitGrades> units = byCycleAndUnit.getOrDefault(cycleId, Map.of()).entrySet().stream()
                .map(e -> new UnitGrades(e.getKey(), unitNames.get(e.getKey()), counts(e.getValue())))
                .sorted(Comparator.comparing(UnitGrades::unitName)).toList();

        LocalDate from = LocalDate.of(cycle.getYear(), 1, 1);
        LocalDate to = LocalDate.of(cycle.getYear(), 12, 31);
        int minimum = policies.of(organisation).minimumSample();
        return new CycleResults(view(cycle), years, unitYears, units, satisfactionByGrade(organisation, cycleId, from, to),
                disagreements(organisation, cycleId, from, to, minimum), minimum);
    }

    /** The counts of {@link #GRADE_COUNTS} by the first key, then by the second. */
    private Map<Long, Map<Long, long[]>> gradeCounts(String key, String second, String condition, long value) {
        List<?> rows = em.createNativeQuery(String.format(Locale.ROOT, GRADE_COUNTS, key, second, condition))
                .setParameter(1, value).getResultList();
        Map<Long, Map<Long, long[]>> found = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] n = new long[7];
            for (int i = 0; i < n.length; i++) {
                n[i] = number(r[i + 2]);
            }
            found.computeIfAbsent(number(r[0]), k -> new HashMap<>()).put(number(r[1]), n);
        }
        return found;
    }

    private static long[] sum(Collection<long[]> counts) {
        long[] total = new long[7];
        for (long[] n : counts) {
            for (int i = 0; i < total.length; i++) {
                total[i] += n[i];
            }
        }
        return total;
    }

    private static GradeCounts counts(long[] n) {
        return new GradeCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    private List<GradeSatisfaction> satisfactionByGrade(long organisation, long cycleId, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT x.g, COUNT(*), SUM(CASE WHEN x.n > 0 THEN 1 ELSE 0 END),"
                        + " SUM(x.n), SUM(x.sat) FROM (SELECT " + GRADE_NOW + " AS g,"
                        + " COALESCE(s.n, 0) AS n, COALESCE(s.sat, 0) AS sat FROM participant p"
                        + " LEFT JOIN (" + RatingSql.ratedPeople("?", "?", "?") + ") s ON s.person_id = p.person_id"
                        + " WHERE p.cycle_id = ? AND p.removed = FALSE) x GROUP BY x.g")
                .setParameter(1, organisation).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .setParameter(4, cycleId).getResultList();
        List<GradeSatisfaction> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.add(new GradeSatisfaction(r[0] == null ? null : Grade.valueOf((String) r[0]), number(r[1]),
                    number(r[2]), number(r[3]), number(r[4])));
        }
        found.sort(Comparator.comparing(GradeSatisfaction::grade, Comparator.nullsLast(Comparator.naturalOrder())));
        return found;
    }

    private List<Disagreement> disagreements(long organisation, long cycleId, LocalDate from, LocalDate to,
                                             int minimum) {
        List<?> rows = em.createNativeQuery("SELECT p.person_id, pe.name, u.name, " + GRADE_NOW + ", t.n, t.sat,"
                        + " CASE WHEN 10 * t.at_or_below <= t.rated THEN 1 ELSE 0 END"
                        + " FROM (" + String.format(Locale.ROOT, RANKED, organisation, from, to) + ") t"
                        + " JOIN participant p ON p.person_id = t.person_id"
                        + " JOIN person pe ON pe.id = p.person_id JOIN org_unit u ON u.id = p.unit_id"
                        + " WHERE p.cycle_id = ? AND p.removed = FALSE AND t.n >= ?"
                        + " AND ((10 * t.at_or_below <= t.rated AND (" + GRADE_NOW + ") = 'EXCELLENT')"
                        + " OR (10 * t.at_or_above <= t.rated AND (" + GRADE_NOW + ")"
                        + " IN ('BASICALLY_COMPETENT', 'INCOMPETENT')))"
                        + " ORDER BY u.name, pe.name")
                .setParameter(1, cycleId).setParameter(2, minimum).getResultList();
        List<Disagreement> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Grade grade = Grade.valueOf((String) r[3]);
            Disagreement.Kind kind = grade == Grade.EXCELLENT ? Disagreement.Kind.LOW_SATISFACTION_EXCELLENT
                    : Disagreement.Kind.HIGH_SATISFACTION_POOR_GRADE;
            found.add(new Disagreement(number(r[0]), (String) r[1], (String) r[2], grade, kind,
                    new Satisfaction(number(r[4]), number(r[5]), minimum)));
        }
        return found;
    }

    // ---- case closure ----

    @Override
    @RolesAllowed(LEADER)
    public CaseClosure caseClosure(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException("evidence.year.range");
        }
        Person me = caller.requirePerson();
        Unit unit = me.getUnit();
        List<Long> units = List.copyOf(UnitTree.withUnitsBelow(em, unit));
        List<Integer> bounds = CaseClosure.BOUNDS;
        StringBuilder sql = new StringBuilder("SELECT");
        String closed = " c.closed_at IS NOT NULL";
        for (int i = 0; i <= bounds.size(); i++) {
            sql.append(" SUM(CASE WHEN").append(closed);
            if (i > 0) {
                sql.append(" AND c.closed_at > c.opened_at + INTERVAL '").append(bounds.get(i - 1)).append("' DAY");
            }
            if (i < bounds.size()) {
                sql.append(" AND c.closed_at <= c.opened_at + INTERVAL '").append(bounds.get(i)).append("' DAY");
            }
            sql.append(" THEN 1 ELSE 0 END),");
        }
        sql.append(" SUM(CASE WHEN c.closed_at IS NULL THEN 1 ELSE 0 END) FROM rating_case c"
                + " WHERE c.opened_at >= ? AND c.opened_at < ? AND c.unit_id IN (");
        long[] totals = new long[bounds.size() + 2];
        for (int from = 0; from < units.size(); from += CHUNK) {
            List<Long> chunk = units.subList(from, Math.min(from + CHUNK, units.size()));
            Query q = em.createNativeQuery(sql + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
                    .setParameter(1, Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                    .setParameter(2, Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 3, chunk.get(i));
            }
            Object[] r = (Object[]) q.getSingleResult();
            for (int i = 0; i < totals.length; i++) {
                totals[i] += number(r[i]);
            }
        }
        List<Long> within = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            within.add(totals[i]);
        }
        return new CaseClosure(unit.getId(), unit.getName(), year, within, totals[bounds.size() + 1]);
    }

    // ---- who may see a cycle ----

    /** The cycle, if the caller may watch it: HR any, a committee member those of their organisations once opened. */
    private AssessmentCycle watched(long cycleId) {
        AssessmentCycle cycle = em.find(AssessmentCycle.class, cycleId);
        if (cycle == null) {
            throw new NotFoundException("AssessmentCycle", cycleId);
        }
        if (caller.isInRole(HR) && scopes.hrOrganisations().contains(cycle.getOrganisation().getId())) {
            return cycle;
        }
        if (caller.isInRole(AUTHORITY) && cycle.getStatus() != CycleStatus.PREPARING
                && scopes.overseen().contains(cycle.getOrganisation().getId())) {
            return cycle;
        }
        long member = em.createQuery("SELECT COUNT(o) FROM Organisation o JOIN o.committeeMembers m"
                        + " WHERE o.id = :organisation AND m.id = :me", Long.class)
                .setParameter("organisation", cycle.getOrganisation().getId()).setParameter("me", myId())
                .getSingleResult();
        if (member == 0 || cycle.getStatus() == CycleStatus.PREPARING) {
            throw new NotFoundException("AssessmentCycle", cycleId);
        }
        return cycle;
    }

    private long myId() {
        return caller.requirePerson().getId();
    }

    private static DashboardCycle view(AssessmentCycle c) {
        return new DashboardCycle(c.getId(), c.getOrganisation().getId(), c.getOrganisation().getName(), c.getYear(),
                c.getStatus(), c.getScheme(), c.getSummaryDue(), c.getReviewDue(), c.getDecisionDue());
    }

    /** A count as the database returns it (Long, Integer or BigDecimal; null for a sum of nothing). */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
