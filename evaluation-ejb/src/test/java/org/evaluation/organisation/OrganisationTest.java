package org.evaluation.organisation;

import org.evaluation.api.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrganisationTest {

    @Test
    void theNameIsStoredWithoutSurroundingBlanks() {
        assertEquals("市数据资源管理局", new Organisation("  市数据资源管理局 ").getName());
    }

    @Test
    void anOrganisationNeedsAName() {
        assertEquals("organisation.nameRequired",
                assertThrows(RuleViolationException.class, () -> new Organisation("   ")).getMessageKey());
        assertEquals("organisation.nameRequired",
                assertThrows(RuleViolationException.class, () -> new Organisation(null)).getMessageKey());
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> new Organisation("局".repeat(Organisation.NAME_MAX + 1)));

        assertEquals("organisation.nameTooLong", refused.getMessageKey());
        assertEquals(Organisation.NAME_MAX, new Organisation("局".repeat(Organisation.NAME_MAX)).getName().length());
    }
}
