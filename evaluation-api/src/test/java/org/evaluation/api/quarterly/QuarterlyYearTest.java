package org.evaluation.api.quarterly;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.evaluation.api.quarterly.QuarterGrade.AVERAGE;
import static org.evaluation.api.quarterly.QuarterGrade.FAIRLY_GOOD;
import static org.evaluation.api.quarterly.QuarterGrade.GOOD;
import static org.evaluation.api.quarterly.QuarterGrade.POOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterlyYearTest {

    private static QuarterlyYear year(QuarterGrade... byQuarter) {
        Map<Integer, QuarterGrade> grades = new HashMap<>();
        for (int q = 0; q < byQuarter.length; q++) {
            if (byQuarter[q] != null) {
                grades.put(q + 1, byQuarter[q]);
            }
        }
        return new QuarterlyYear(2026, grades);
    }

    @Test
    void withFourGradedQuartersExcellentNeedsThreeGoodAndNoAverageOrPoor() {
        assertFalse(year(GOOD, GOOD, GOOD, GOOD).blocksExcellent());
        assertFalse(year(GOOD, GOOD, FAIRLY_GOOD, GOOD).blocksExcellent(), "three of four is more than half");
        assertTrue(year(GOOD, GOOD, FAIRLY_GOOD, FAIRLY_GOOD).blocksExcellent(), "two of four is only half");
        assertTrue(year(GOOD, GOOD, GOOD, AVERAGE).blocksExcellent(), "one 一般 blocks");
        assertTrue(year(GOOD, POOR, GOOD, GOOD).blocksExcellent(), "one 较差 blocks");
    }

    @Test
    void withThreeGradedQuartersTheMissingOneCountsNeitherWay() {
        assertFalse(year(GOOD, GOOD, FAIRLY_GOOD, null).blocksExcellent(), "two of three is more than half");
        assertTrue(year(GOOD, FAIRLY_GOOD, FAIRLY_GOOD, null).blocksExcellent());
        assertTrue(year(GOOD, GOOD, AVERAGE, null).blocksExcellent());
        assertFalse(year(null, GOOD, GOOD, FAIRLY_GOOD).blocksExcellent(), "joined in the second quarter");
    }

    @Test
    void withTwoGradedQuartersBothMustBeGood() {
        assertFalse(year(null, null, GOOD, GOOD).blocksExcellent());
        assertTrue(year(null, null, GOOD, FAIRLY_GOOD).blocksExcellent(), "one of two is only half");
        assertTrue(year(GOOD, null, POOR, null).blocksExcellent());
    }

    @Test
    void oneGoodQuarterIsEnoughAloneAndNoGradedQuarterBlocks() {
        assertFalse(year(null, null, null, GOOD).blocksExcellent());
        assertTrue(year(null, null, null, FAIRLY_GOOD).blocksExcellent());
        assertTrue(QuarterlyYear.none(2026).blocksExcellent(), "nothing to rest 优秀 on");
    }

    @Test
    void countsAndPoor() {
        QuarterlyYear y = year(GOOD, POOR, GOOD, null);
        assertEquals(2, y.count(GOOD));
        assertEquals(1, y.count(POOR));
        assertEquals(0, y.count(AVERAGE));
        assertEquals(3, y.graded());
        assertTrue(y.hasPoor());
        assertFalse(year(GOOD, AVERAGE).hasPoor(), "一般 is not 较差");
        assertEquals(GOOD, y.grade(3).orElseThrow());
        assertTrue(y.grade(4).isEmpty());
    }

    @Test
    void onlyQuartersOneToFourWithAGrade() {
        assertThrows(IllegalArgumentException.class, () -> new QuarterlyYear(2026, Map.of(5, GOOD)));
        assertThrows(IllegalArgumentException.class, () -> new QuarterlyYear(2026, Map.of(0, GOOD)));
        Map<Integer, QuarterGrade> withNull = new HashMap<>();
        withNull.put(1, null);
        assertThrows(IllegalArgumentException.class, () -> new QuarterlyYear(2026, withNull));
    }

    @Test
    void theGradesAreACopyInQuarterOrderThatNobodyChanges() {
        Map<Integer, QuarterGrade> source = new HashMap<>(Map.of(4, GOOD, 1, AVERAGE));
        QuarterlyYear y = new QuarterlyYear(2026, source);
        source.put(2, POOR);
        assertEquals(List.of(1, 4), List.copyOf(y.grades().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> y.grades().put(3, GOOD));
    }

    @Test
    void travelsBetweenServers() throws IOException, ClassNotFoundException {
        QuarterlyYear y = year(GOOD, FAIRLY_GOOD, null, GOOD);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(y);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(y, in.readObject());
        }
    }
}
