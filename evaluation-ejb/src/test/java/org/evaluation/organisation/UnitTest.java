package org.evaluation.organisation;

import org.evaluation.api.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The unit tree: where a unit may move and how its path reads. Entities are new, so ids are null. */
class UnitTest {

    private final Organisation centre = new Organisation("市政务服务中心");
    private final Unit windows = new Unit(centre, null, "窗口服务科");
    private final Unit general = new Unit(centre, windows, "综合窗口组");
    private final Unit property = new Unit(centre, windows, " 不动产窗口组 ");
    private final Unit office = new Unit(centre, null, "办公室");

    @Test
    void pathNamesTheUnitsFromTheTopDown() {
        assertEquals(List.of("窗口服务科"), windows.path());
        assertEquals(List.of("窗口服务科", "综合窗口组"), general.path());
        assertEquals(List.of("窗口服务科", "不动产窗口组"), property.path(), "names are stored stripped");
    }

    @Test
    void pathFollowsAMove() {
        Unit team = new Unit(centre, general, "一号窗口");
        general.moveUnder(office);
        assertEquals(List.of("办公室", "综合窗口组", "一号窗口"), team.path());
    }

    @Test
    void aUnitMovesUnderAnotherUnitOfItsOrganisation() {
        general.moveUnder(office);

        assertSame(office, general.getParent());
        assertEquals(List.of("办公室", "综合窗口组"), general.path());
    }

    @Test
    void aUnitMovesToTheTop() {
        general.moveUnder(null);

        assertNull(general.getParent());
        assertEquals(List.of("综合窗口组"), general.path());
    }

    @Test
    void aUnitCannotMoveUnderItself() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> windows.moveUnder(windows));

        assertEquals("unit.moveUnderItself", refused.getMessageKey());
        assertArrayEquals(new Object[]{"窗口服务科", "窗口服务科"}, refused.getArguments());
        assertNull(windows.getParent(), "the refused move changes nothing");
    }

    @Test
    void aUnitCannotMoveUnderItsChild() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> windows.moveUnder(general));

        assertEquals("unit.moveUnderOwnDescendant", refused.getMessageKey());
        assertArrayEquals(new Object[]{"窗口服务科", "综合窗口组"}, refused.getArguments());
        assertNull(windows.getParent());
    }

    @Test
    void aUnitCannotMoveUnderADeeperDescendant() {
        Unit team = new Unit(centre, general, "一号窗口");

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> windows.moveUnder(team));

        assertEquals("unit.moveUnderOwnDescendant", refused.getMessageKey());
        assertArrayEquals(new Object[]{"窗口服务科", "一号窗口"}, refused.getArguments());
        assertEquals(List.of("窗口服务科", "综合窗口组", "一号窗口"), team.path(), "the tree is unchanged");
    }

    @Test
    void aUnitCannotMoveUnderAUnitOfAnotherOrganisation() {
        Organisation hotline = new Organisation("市12345政务服务便民热线中心");
        Unit calls = new Unit(hotline, null, "话务受理科");

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> general.moveUnder(calls));

        assertEquals("unit.otherOrganisation", refused.getMessageKey());
        assertArrayEquals(new Object[]{"综合窗口组", "话务受理科"}, refused.getArguments());
        assertSame(windows, general.getParent());
    }

    @Test
    void aUnitCannotBeCreatedUnderAUnitOfAnotherOrganisation() {
        Organisation hotline = new Organisation("市12345政务服务便民热线中心");

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new Unit(hotline, windows, "话务受理科"));

        assertEquals("unit.otherOrganisation", refused.getMessageKey());
    }

    @Test
    void aUnitNeedsAName() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> new Unit(centre, null, "  "));

        assertEquals("unit.nameRequired", refused.getMessageKey());
    }

    @Test
    void aRenameToBlanksOrTooLongANameChangesNothing() {
        assertEquals("unit.nameRequired",
                assertThrows(RuleViolationException.class, () -> office.rename(" \t")).getMessageKey());
        RuleViolationException tooLong = assertThrows(RuleViolationException.class,
                () -> office.rename("科".repeat(Unit.NAME_MAX + 1)));
        assertEquals("unit.nameTooLong", tooLong.getMessageKey());
        assertEquals("办公室", office.getName());

        office.rename(" 综合办公室 ");
        assertEquals("综合办公室", office.getName());
        office.rename("科".repeat(Unit.NAME_MAX));
        assertEquals(Unit.NAME_MAX, office.getName().length());
    }

    @Test
    void aSiblingMayMoveUnderItsSibling() {
        property.moveUnder(general);

        assertEquals(List.of("窗口服务科", "综合窗口组", "不动产窗口组"), property.path());
    }
}
