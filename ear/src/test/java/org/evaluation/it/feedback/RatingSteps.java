package org.evaluation.it.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.HoldReason;
import org.evaluation.api.feedback.FeedbackPolicyView;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.cases.NegativeRatingCase;
import org.evaluation.feedback.FeedbackPolicy;
import org.evaluation.feedback.Rater;
import org.evaluation.feedback.Rating;
import org.evaluation.feedback.RatingDesk;
import org.evaluation.feedback.ServiceRecord;
import org.evaluation.it.TestData;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Services, ratings and their cases written in the server with the entities' own rules, as the
 * rating channels do, for the integration tests that need public feedback of their own. Exists
 * only in the test archives that add it.
 */
@Stateless
@PermitAll
public class RatingSteps {


    @PersistenceContext
    private EntityManager em;

    @Inject
    private RatingDesk desk;

    public void minimumSample(long organisationId, int minimum) {
        FeedbackPolicy policy = new FeedbackPolicy(em.find(Organisation.class, organisationId));
        policy.change(new FeedbackPolicyView(organisationId, 0, FeedbackPolicyView.SUPPLEMENTARY_DAYS, false,
                FeedbackPolicyView.DEFAULT_RATING_DAYS, minimum, 1, 5, 5, 5));
        em.persist(policy);
    }

    /** A window service of the unit served by the person at that time; returns its id. */
    public long serve(long unitId, long personId, LocalDateTime at) {
        ServiceRecord r = new ServiceRecord(em.find(Unit.class, unitId), em.find(Person.class, personId),
                TestData.unique("EV"), "居民身份证办理", at, ServiceChannel.WINDOW, null, at);
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /** Rates the service an hour after it, as {@code kind}; returns the rating's id. */
    public long rate(long recordId, int level, Set<ServiceTag> tags, RatingKind kind, LocalDateTime at) {
        ServiceRecord r = em.find(ServiceRecord.class, recordId);
        return desk.submit(r, new RatingSubmission(level, Map.of(), tags, null, RatingChannel.DEVICE, null),
                Rater.ANONYMOUS, at, kind).getId();
    }

    /**
     * A window service of its own item, rated an hour after it as the person served gave it: the
     * channel, sub-indicators, tags and comment; returns the rating's id.
     */
    public long rateInFull(long unitId, long personId, LocalDateTime at, String item, int level,
                           RatingChannel channel, Map<Indicator, Integer> indicators, Set<ServiceTag> tags,
                           String comment) {
        ServiceRecord r = new ServiceRecord(em.find(Unit.class, unitId), em.find(Person.class, personId),
                TestData.unique("EV"), item, at, ServiceChannel.WINDOW, null, at);
        em.persist(r);
        em.flush();
        return desk.submit(r, new RatingSubmission(level, indicators, tags, comment, channel, null),
                Rater.ANONYMOUS, at.plusHours(1), RatingKind.ORIGINAL).getId();
    }

    public void confirmValid(long ratingId) {
        em.find(Rating.class, ratingId).confirmValid("回访核实属实");
    }

    /** The case of a 差评 found valid, handled by its leader to closure after a rectification. */
    public void closeRectified(long ratingId) {
        NegativeRatingCase c = em.createNamedQuery("NegativeRatingCase.ofRating", NegativeRatingCase.class)
                .setParameter("rating", ratingId).getSingleResult();
        Person leader = c.getHandler();
        LocalDateTime t = c.getOpenedAt().plusHours(1);
        for (ComplaintStep step : ComplaintStep.values()) {
            c.recordStep(leader, step, "已完成", t);
        }
        c.contact(leader, "已联系评价人", t);
        c.verify(leader, CaseVerdict.VALID, "核实属实", t);
        c.rectify(leader, "窗口整改", t.toLocalDate().plusDays(3), t);
        c.giveFeedback(leader, "已反馈整改结果", t.plusDays(1));
        c.revisit(leader, 4, null, t.plusDays(2));
        c.close(leader, t.plusDays(2));
    }

    public void exclude(long ratingId) {
        em.find(Rating.class, ratingId).exclude(ExclusionReason.MALICIOUS, "核实为恶意差评");
    }

    public int rateByDefault(long organisationId, LocalDateTime before) {
        return desk.rateByDefault(organisationId, before, before, 100);
    }


    /** A window service of the unit that names no one who served; returns its id. */
    public long serveUnnamed(long unitId, LocalDateTime at) {
        ServiceRecord r = new ServiceRecord(em.find(Unit.class, unitId), null, TestData.unique("EV"), "居民身份证办理",
                at, ServiceChannel.WINDOW, null, at);
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /** The service a rating rates. */
    public long serviceOf(long ratingId) {
        return em.find(Rating.class, ratingId).getServiceRecordId();
    }

    /** Holds a counted rating as if given from the served person's own device; false when it is not counted. */
    public boolean hold(long ratingId) {
        Rating rating = em.find(Rating.class, ratingId);
        if (!rating.isCounted()) {
            return false;
        }
        rating.hold(java.util.EnumSet.of(HoldReason.OWN_DEVICE));
        return true;
    }

    public void verifyHeld(long ratingId, boolean genuine) {
        em.find(Rating.class, ratingId).verifyHeld(genuine, "核实");
    }

    /**
     * Where the rollup of the figures ({@code rating_day}) and the ratings themselves disagree:
     * each day's row as the ratings give it (the definitions of migration V24) that the rollup
     * does not hold (the sum of its stripes), and each the rollup holds that the ratings do not
     * give; empty when they agree everywhere. One statement, so that a rating stored meanwhile (the
     * hourly default ratings) is seen by both sides or by neither.
     */
    public List<String> rollupMismatches() {
        String raw = "SELECT organisation_id, served_on, unit_id, COALESCE(person_id, 0) AS person_id,"
                + " SUM(CASE WHEN counted = TRUE AND rating_level = 1 THEN 1 ELSE 0 END) AS l1,"
                + " SUM(CASE WHEN counted = TRUE AND rating_level = 2 THEN 1 ELSE 0 END) AS l2,"
                + " SUM(CASE WHEN counted = TRUE AND rating_level = 3 THEN 1 ELSE 0 END) AS l3,"
                + " SUM(CASE WHEN counted = TRUE AND rating_level = 4 THEN 1 ELSE 0 END) AS l4,"
                + " SUM(CASE WHEN counted = TRUE AND rating_level = 5 THEN 1 ELSE 0 END) AS l5,"
                + " SUM(CASE WHEN defaulted = FALSE AND standing = 'PENDING_VERIFICATION' THEN 1 ELSE 0 END) AS pe,"
                + " SUM(CASE WHEN standing = 'HELD' THEN 1 ELSE 0 END) AS he,"
                + " SUM(CASE WHEN defaulted = FALSE AND standing = 'EXCLUDED' THEN 1 ELSE 0 END) AS ex,"
                + " SUM(CASE WHEN defaulted = TRUE THEN 1 ELSE 0 END) AS de"
                + " FROM rating WHERE kind = 'ORIGINAL' GROUP BY organisation_id, served_on, unit_id, COALESCE(person_id, 0)";
        String kept = "SELECT organisation_id, served_on, unit_id, person_id, SUM(level_1), SUM(level_2),"
                + " SUM(level_3), SUM(level_4), SUM(level_5), SUM(pending), SUM(held), SUM(excluded), SUM(defaulted)"
                + " FROM rating_day GROUP BY organisation_id, served_on, unit_id, person_id"
                + " HAVING SUM(level_1 + level_2 + level_3 + level_4 + level_5 + pending + held + excluded + defaulted) > 0";
        List<String> mismatches = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT 'ratings give', d.* FROM (" + raw + " EXCEPT " + kept + ") d"
                + " UNION ALL SELECT 'rollup holds', d.* FROM (" + kept + " EXCEPT " + raw + ") d").getResultList()) {
            mismatches.add(java.util.Arrays.stream((Object[]) row).map(String::valueOf).collect(Collectors.joining(" ")));
        }
        java.util.Collections.sort(mismatches);
        return mismatches;
    }

    /** A window service of the unit, given by the person at that time, rated an hour later; the rating's id. */
    public long rateWindowService(long unitId, long personId, LocalDateTime at, int level) {
        return rate(serve(unitId, personId, at), level, Set.of(), RatingKind.ORIGINAL, at.plusHours(1));
    }
}
