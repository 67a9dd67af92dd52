package org.evaluation.api.organisation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    /** The example of GB 11643-1999. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsExampleWithItsCheckCharacterX() {
        assertTrue(ResidentIdNumber.isValid(STANDARD_EXAMPLE));
        assertTrue(ResidentIdNumber.isValid("11010519491231002x"), "a lower-case x is the same number");
        assertEquals('X', ResidentIdNumber.checkCharacter(STANDARD_EXAMPLE.substring(0, 17)));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertFalse(ResidentIdNumber.isValid("110105194912310021"));
        assertFalse(ResidentIdNumber.isValid("110105194912310020"));
    }

    @Test
    void refusesWrongLengthLettersAndImpossibleDates() {
        assertFalse(ResidentIdNumber.isValid(null));
        assertFalse(ResidentIdNumber.isValid("11010519491231002"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002XX"));
        assertFalse(ResidentIdNumber.isValid("1101051949123A002X"));
        String feb30 = "11010519490230002";
        assertFalse(ResidentIdNumber.isValid(feb30 + ResidentIdNumber.checkCharacter(feb30)),
                "a correct check character does not make 30 February a birth date");
    }

    @Test
    void readsBirthDateAndGender() {
        assertEquals(LocalDate.of(1949, 12, 31), ResidentIdNumber.birthDate(STANDARD_EXAMPLE).orElseThrow());
        assertEquals(Gender.FEMALE, ResidentIdNumber.gender(STANDARD_EXAMPLE), "sequence 002 is even: a woman");
        String man = "11010519800101001";
        assertEquals(Gender.MALE, ResidentIdNumber.gender(man + ResidentIdNumber.checkCharacter(man)));
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertEquals("1101**********002X", ResidentIdNumber.mask(STANDARD_EXAMPLE));
    }
}
