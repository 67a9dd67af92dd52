package org.evaluation.cases;

import org.evaluation.api.RuleViolationException;
import org.evaluation.api.cases.AppealStatus;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.feedback.ExclusionReason;
import org.evaluation.api.feedback.RatingStanding;
import org.evaluation.feedback.Rating;
import org.evaluation.organisation.Person;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingAppealTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    private final CaseFixtures f = new CaseFixtures();

    CaseFixturesCommittee committee = new CaseFixturesCommittee();

    /** The centre's committee: the director (the chief's leader), the section chief, and 沈佳. */
    final class CaseFixturesCommittee {
        CaseFixturesCommittee() {
            f.centre.formCommittee(List.of(f.director, f.sectionChief, f.committeeMember), f.director);
        }
    }

    /** A 差评 of the staff member's service, verified valid by the section chief. */
    private Rating verifiedValid() {
        Rating rating = f.rating(1, f.staff);
        NegativeRatingCase c = new NegativeRatingCase(rating, f.staff, f.sectionChief, NOW, LocalDate.of(2026, 11, 24));
        c.contact(f.sectionChief, "已联系。", NOW);
        c.verify(f.sectionChief, CaseVerdict.VALID, "属实。", NOW);
        return rating;
    }

    private RatingAppeal appealed(Rating rating) {
        return new RatingAppeal(rating, f.staff, ExclusionReason.MALICIOUS, "评价人系因私人纠纷故意差评。", NOW);
    }

    @Test
    void anUpheldAppealExcludesTheRatingWithTheClaimAndTheDecisionsReason() {
        Rating rating = verifiedValid();
        assertTrue(rating.isCounted());
        RatingAppeal appeal = appealed(rating);
        assertEquals(AppealStatus.PENDING, appeal.getStatus());
        appeal.decide(f.committeeMember, f.centre, f.sectionChief, true, "经调查，评价人与办事人存在纠纷，予以剔除。",
                NOW.plusDays(1));
        assertEquals(AppealStatus.UPHELD, appeal.getStatus());
        assertEquals(RatingStanding.EXCLUDED, rating.getStanding());
        assertEquals(ExclusionReason.MALICIOUS, rating.getExclusionReason());
        assertEquals("经调查，评价人与办事人存在纠纷，予以剔除。", rating.getStandingNote());
        assertFalse(rating.isCounted());
        assertEquals(f.committeeMember.getName(), appeal.view().decidedBy());
    }

    @Test
    void aRejectedAppealKeepsTheRatingCountedWithTheReasonShownToTheAppellant() {
        Rating rating = verifiedValid();
        RatingAppeal appeal = appealed(rating);
        appeal.decide(f.committeeMember, f.centre, f.sectionChief, false, "录像显示确有推诿，维持。", NOW);
        assertEquals(AppealStatus.REJECTED, appeal.getStatus());
        assertEquals(RatingStanding.COUNTED, rating.getStanding());
        assertTrue(rating.isCounted());
        assertEquals("录像显示确有推诿，维持。", appeal.view().decisionReason());
        assertEquals("appeal.decided", assertThrows(RuleViolationException.class,
                () -> appeal.decide(f.committeeMember, f.centre, f.sectionChief, true, "再议", NOW)).getMessageKey(),
                "decided once");
    }

    @Test
    void neitherTheAppellantTheirLeaderTheVerifierNorSomeoneOutsideTheCommitteeDecides() {
        // the staff member sits on the committee too, for this test
        f.centre.formCommittee(List.of(f.director, f.sectionChief, f.committeeMember, f.staff), f.director);
        Rating rating = verifiedValid();
        RatingAppeal appeal = appealed(rating);
        assertRefused("appeal.decider.self", appeal, f.staff, f.sectionChief);
        assertRefused("appeal.decider.supervisor", appeal, f.sectionChief, null);
        assertRefused("appeal.decider.verifier", appeal, f.director, f.director);
        assertRefused("appeal.decider.notCommittee", appeal, f.colleague, f.sectionChief);
        assertEquals(AppealStatus.PENDING, appeal.getStatus(), "nothing changed");
        assertEquals(RatingStanding.COUNTED, rating.getStanding());
        assertTrue(appeal.decidableBy(f.director, f.centre, f.sectionChief), "the director, who did not verify");
        assertFalse(appeal.decidableBy(f.sectionChief, f.centre, f.sectionChief));
    }

    private void assertRefused(String key, RatingAppeal appeal, Person decider, Person verifier) {
        assertEquals(key, assertThrows(RuleViolationException.class,
                () -> appeal.decide(decider, f.centre, verifier, true, "剔除", NOW)).getMessageKey());
    }

    @Test
    void onlyTheRatedStaffMemberAppealsAVerifiedValidNegativeRatingOfTheirOwn() {
        Rating rating = verifiedValid();
        assertEquals("appeal.notYourService", assertThrows(RuleViolationException.class,
                () -> new RatingAppeal(rating, f.colleague, ExclusionReason.MISTAKEN, "不是我", NOW)).getMessageKey());

        Rating pending = f.rating(2, f.staff);
        assertEquals("appeal.notVerified", assertThrows(RuleViolationException.class,
                () -> appealed(pending)).getMessageKey(), "before verification it does not count anyway");

        Rating excluded = f.rating(2, f.staff);
        excluded.exclude(ExclusionReason.MISTAKEN, "点错了");
        assertEquals("appeal.alreadyExcluded", assertThrows(RuleViolationException.class,
                () -> appealed(excluded)).getMessageKey());

        Rating positive = f.rating(4, f.staff);
        assertEquals("appeal.notNegative", assertThrows(RuleViolationException.class,
                () -> appealed(positive)).getMessageKey());
        assertFalse(RatingAppeal.appealable(positive, f.staff));
        assertTrue(RatingAppeal.appealable(rating, f.staff));

        assertEquals("appeal.text.required", assertThrows(RuleViolationException.class,
                () -> new RatingAppeal(rating, f.staff, ExclusionReason.MISTAKEN, " ", NOW)).getMessageKey());
        RatingAppeal appeal = new RatingAppeal(rating, f.staff, ExclusionReason.MISTAKEN, "群众评错了窗口。", NOW);
        assertNull(appeal.getDecidedBy());
    }
}
