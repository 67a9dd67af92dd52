package org.evaluation.organisation;

import org.evaluation.api.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailAddressTest {

    @Test
    void aValidAddressIsTrimmedWithItsDomainInLowerCase() {
        assertEquals("Wu.Jing@zwfw.example.gov.cn", EmailAddress.normalise("  Wu.Jing@ZWFW.Example.gov.CN "));
        assertEquals("a+b@example.com", EmailAddress.normalise("a+b@example.com"));
    }

    @Test
    void blankMeansNone() {
        assertNull(EmailAddress.normalise(null));
        assertNull(EmailAddress.normalise("   "));
    }

    @Test
    void anInvalidAddressIsRefusedWithItsText() {
        for (String bad : new String[] {"wujing", "wu jing@example.com", "wu@@example.com", "wu@example", "@example.com",
                "wu@example..com", "吴静 <wu@example.com>", "wu.@example.com"}) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> EmailAddress.normalise(bad), bad);
            assertEquals("person.emailInvalid", e.getMessageKey());
        }
    }
}
