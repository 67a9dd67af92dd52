package org.evaluation.feedback;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.Indicator;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceChannel;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.organisation.Organisation;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingTest {

    private static final LocalDateTime SERVED = LocalDateTime.of(2026, 11, 20, 9, 30);
    private static final LocalDateTime LATER = SERVED.plusMinutes(10);

    private final Organisation centre = withId(new Organisation("市政务服务中心"), 1L);
    private final Unit windows = withId(new Unit(centre, null, "综合窗口组"), 2L);
    private final Person wu = withId(person("吴静", 102), 10L);
    private final ServiceWindow a01 = withId(new ServiceWindow(windows, "a01", "1号窗口"), 3L);
    private final ServiceRecord served = ServiceRecord.atWindow(a01, wu, 77L, "居住证办理", "13800000000", SERVED, 1);

    @Test
    void aWindowServiceIsNamedAfterTheWindowAndBecomesItsCurrentService() {
        assertEquals("A01-20261120-1", served.getReference());
        assertEquals(served, a01.currentService(LATER).orElseThrow());
        assertTrue(a01.currentService(SERVED.plus(ServiceWindow.CURRENT_FOR).plusMinutes(1)).isEmpty(),
                "half an hour later the QR code leads to no service");
    }

    @Test
    void aRatingIsAttributedToTheServiceItRates() {
        Rating r = Rating.original(served, level(5), Rater.ANONYMOUS, LATER);
        assertEquals(RatingKind.ORIGINAL, r.getKind());
        assertEquals(10L, r.getPersonId());
        assertEquals(2L, r.getUnitId());
        assertEquals(1L, r.getOrganisationId());
        assertEquals(LocalDate.of(2026, 11, 20), r.getServedOn());
        assertTrue(r.isCounted());
        assertEquals(RatingStanding.COUNTED, r.getStanding());
    }

    @Test
    void nobodyRatesAServiceTheyServedOrRecorded() {
        RuleViolationException own = assertThrows(RuleViolationException.class,
                () -> Rating.original(served, level(5), Rater.account(99L, 10L), LATER));
        assertEquals("rating.ownService", own.getMessageKey());
        RuleViolationException recorded = assertThrows(RuleViolationException.class,
                () -> Rating.original(served, level(5), Rater.account(77L, 11L), LATER));
        assertEquals("rating.ownRecord", recorded.getMessageKey());
        Rating byColleague = Rating.original(served, level(5), Rater.account(78L, 11L), LATER);
        assertEquals(5, byColleague.getLevel());
    }

    @Test
    void aNegativeRatingWaitsForVerificationAndCountsOnlyOnceValid() {
        Rating r = Rating.original(served, level(2), Rater.ANONYMOUS, LATER);
        assertEquals(RatingStanding.PENDING_VERIFICATION, r.getStanding());
        assertFalse(r.isCounted());
        r.confirmValid("已核实");
        assertTrue(r.isCounted());
        r.exclude(ExclusionReason.MALICIOUS, "申诉复核：恶意差评");
        assertEquals(RatingStanding.EXCLUDED, r.getStanding());
        assertEquals(ExclusionReason.MALICIOUS, r.getExclusionReason());
        assertFalse(r.isCounted(), "an excluded rating stays, but no longer counts");
    }

    @Test
    void onlyANegativeRatingCanBeExcluded() {
        Rating r = Rating.original(served, level(4), Rater.ANONYMOUS, LATER);
        assertEquals("rating.notNegative", assertThrows(RuleViolationException.class,
                () -> r.exclude(ExclusionReason.MISTAKEN, "x")).getMessageKey());
    }

    @Test
    void aSupplementaryRatingIsAcceptedOnlyWithinThePeriod() {
        Rating first = Rating.original(served, level(3), Rater.ANONYMOUS, LATER);
        Rating second = Rating.supplementary(served, first, level(5), Rater.ANONYMOUS, LATER.plusDays(15), 15);
        assertEquals(RatingKind.SUPPLEMENTARY, second.getKind());
        assertFalse(second.isCounted(), "the figures count the original rating of each service");
        assertEquals("rating.alreadyRated", assertThrows(RuleViolationException.class,
                () -> Rating.supplementary(served, first, level(5), Rater.ANONYMOUS, LATER.plusDays(16), 15))
                .getMessageKey());
        assertEquals("rating.alreadyRated", assertThrows(RuleViolationException.class,
                () -> Rating.supplementary(served, first, level(5), Rater.ANONYMOUS, LATER, 0)).getMessageKey(),
                "a period of 0 days allows no supplementary rating");
    }

    @Test
    void aDefaultRatingIsMarkedAndNeverCounted() {
        Rating d = Rating.byDefault(served, SERVED.plusDays(7));
        assertTrue(d.isDefaulted());
        assertEquals(3, d.getLevel());
        assertEquals(RatingChannel.SYSTEM, d.getChannel());
        assertFalse(d.isCounted());
        assertNull(Rating.supplementUntil(d, 15));
        assertEquals("rating.supplement.afterDefault", assertThrows(RuleViolationException.class,
                () -> Rating.supplementary(served, d, level(5), Rater.ANONYMOUS, SERVED.plusDays(8), 15))
                .getMessageKey());
        assertEquals("rating.channel.system", assertThrows(RuleViolationException.class,
                () -> Rating.original(served, RatingSubmission.of(3, RatingChannel.SYSTEM), Rater.ANONYMOUS, LATER))
                .getMessageKey());
    }

    @Test
    void indicatorsMustBelongToTheServicesChannelAndLieBetweenOneAndFive() {
        RatingSubmission offline = new RatingSubmission(4, Map.of(Indicator.ATTITUDE, 5, Indicator.EFFICIENCY, 4),
                Set.of(ServiceTag.SMILE, ServiceTag.ONE_TIME_NOTICE), "很耐心", RatingChannel.QR_CODE, null);
        Rating r = Rating.original(served, offline, Rater.ANONYMOUS, LATER);
        assertEquals(5, r.getIndicators().get(Indicator.ATTITUDE));
        assertEquals(Set.of(ServiceTag.SMILE, ServiceTag.ONE_TIME_NOTICE), r.getTags());

        RatingSubmission online = new RatingSubmission(4, Map.of(Indicator.USABILITY, 4), Set.of(), null,
                RatingChannel.QR_CODE, null);
        assertEquals("rating.indicator.notForChannel", assertThrows(RuleViolationException.class,
                () -> Rating.original(served, online, Rater.ANONYMOUS, LATER)).getMessageKey());
        RatingSubmission outOfRange = new RatingSubmission(4, Map.of(Indicator.ATTITUDE, 6), Set.of(), null,
                RatingChannel.QR_CODE, null);
        assertEquals("rating.indicator.range", assertThrows(RuleViolationException.class,
                () -> Rating.original(served, outOfRange, Rater.ANONYMOUS, LATER)).getMessageKey());
        assertEquals(ServiceChannel.ONLINE.indicators().size(), 4);
    }

    @Test
    void aPaperFormCarriesItsNumberAndOnlyAPaperFormDoes() {
        RatingSubmission paper = new RatingSubmission(5, null, null, null, RatingChannel.PAPER, " P-2026-0001 ");
        assertEquals("P-2026-0001", Rating.original(served, paper, Rater.account(78L, 11L), LATER).getPaperFormNumber());
        assertEquals("rating.paper.numberRequired", assertThrows(RuleViolationException.class,
                () -> Rating.original(served, RatingSubmission.of(5, RatingChannel.PAPER), Rater.ANONYMOUS, LATER))
                .getMessageKey());
        RatingSubmission numbered = new RatingSubmission(5, null, null, null, RatingChannel.QR_CODE, "P-1");
        assertEquals("rating.paper.numberOnlyForPaper", assertThrows(RuleViolationException.class,
                () -> Rating.original(served, numbered, Rater.ANONYMOUS, LATER)).getMessageKey());
    }

    @Test
    void aLevelOutsideOneToFiveIsRefused() {
        assertThrows(RuntimeException.class,
                () -> Rating.original(served, RatingSubmission.of(0, RatingChannel.DEVICE), Rater.ANONYMOUS, LATER));
        assertThrows(RuntimeException.class,
                () -> Rating.original(served, RatingSubmission.of(6, RatingChannel.DEVICE), Rater.ANONYMOUS, LATER));
    }

    @Test
    void anInactiveWindowRecordsNoServiceAndItsCodeIsNormalised() {
        assertEquals("A01", a01.getCode());
        a01.activate(false);
        assertTrue(a01.currentService(LATER).isEmpty());
        assertEquals("window.inactive", assertThrows(RuleViolationException.class,
                () -> ServiceRecord.atWindow(a01, wu, 77L, "居住证办理", null, LATER, 2)).getMessageKey());
        assertEquals("window.code.format", assertThrows(RuleViolationException.class,
                () -> new ServiceWindow(windows, "窗口一", "1号窗口")).getMessageKey());
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static RatingSubmission level(int level) {
        return RatingSubmission.of(level, RatingChannel.QR_CODE);
    }

    private Person person(String name, int sequence) {
        String first17 = "330102" + "19920314" + sequence;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setBirthDate(LocalDate.of(1992, 3, 14));
        form.setIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
        form.setGender(Gender.FEMALE);
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("一级科员");
        form.setUnitId(2L);
        return new Person(form, windows);
    }
}
