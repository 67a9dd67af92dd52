package org.evaluation.ballot;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service centre of the demo data: 中心领导 (1), 办公室 (2), 窗口服务科 (3) with its window groups
 * 综合窗口组 (31) and 不动产窗口组 (32), and 审批服务科 (4).
 */
class UnitHeadsTest {

    private static final long LEADERSHIP = 1;
    private static final long OFFICE = 2;
    private static final long WINDOWS = 3;
    private static final long GENERAL_WINDOW = 31;
    private static final long PROPERTY_WINDOW = 32;
    private static final long APPROVALS = 4;

    private static final long ZHAO = 100;   // 办公室主任
    private static final long ZHOU = 200;   // 窗口服务科科长
    private static final long CHU = 300;    // 审批服务科科长
    private static final long LIU = 400;    // 副主任, in 中心领导

    private final UnitHeads heads = new UnitHeads(parents());

    private static Map<Long, Long> parents() {
        Map<Long, Long> p = new HashMap<>();
        p.put(LEADERSHIP, null);
        p.put(OFFICE, null);
        p.put(WINDOWS, null);
        p.put(GENERAL_WINDOW, WINDOWS);
        p.put(PROPERTY_WINDOW, WINDOWS);
        p.put(APPROVALS, null);
        return p;
    }

    @Test
    void whoeverPeopleOfTheirOwnUnitReportToHeadsIt() {
        assertEquals(Set.of(ZHAO, CHU), heads.heads(List.of(
                new UnitHeads.Line(OFFICE, ZHAO, OFFICE),
                new UnitHeads.Line(APPROVALS, CHU, APPROVALS),
                new UnitHeads.Line(APPROVALS, CHU, APPROVALS))));
    }

    @Test
    void peopleOfAUnitBelowCountToo() {
        assertEquals(Set.of(ZHOU), heads.heads(List.of(
                new UnitHeads.Line(GENERAL_WINDOW, ZHOU, WINDOWS),
                new UnitHeads.Line(PROPERTY_WINDOW, ZHOU, WINDOWS))));
    }

    @Test
    void supervisingSomebodyOfAnotherUnitDoesNotMakeAHead() {
        // 刘敏 of 中心领导 supervises the 办公室主任 and the 科长s: that heads no internal unit
        assertEquals(Set.of(), heads.heads(List.of(
                new UnitHeads.Line(OFFICE, LIU, LEADERSHIP),
                new UnitHeads.Line(WINDOWS, LIU, LEADERSHIP),
                new UnitHeads.Line(APPROVALS, LIU, LEADERSHIP))));
        // nor does the head of a window group who supervises somebody of the section above it
        assertEquals(Set.of(), heads.heads(List.of(new UnitHeads.Line(WINDOWS, ZHOU, GENERAL_WINDOW))));
    }

    @Test
    void nobodyReportingMeansNoHeads() {
        assertEquals(Set.of(), heads.heads(List.of()));
    }

    @Test
    void withinFollowsTheTreeUpward() {
        assertTrue(heads.within(GENERAL_WINDOW, WINDOWS));
        assertTrue(heads.within(WINDOWS, WINDOWS));
        assertFalse(heads.within(WINDOWS, GENERAL_WINDOW));
        assertFalse(heads.within(GENERAL_WINDOW, PROPERTY_WINDOW));
        assertFalse(heads.within(999, WINDOWS), "an unknown unit is below nothing");
    }
}
