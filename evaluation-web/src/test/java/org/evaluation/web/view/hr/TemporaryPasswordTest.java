package org.evaluation.web.view.hr;

import org.evaluation.api.security.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporaryPasswordTest {

    @Test
    void keepsThePasswordPolicyAndAvoidsLookAlikeCharacters() {
        for (int i = 0; i < 500; i++) {
            String password = TemporaryPassword.generate("abc");
            assertEquals(TemporaryPassword.LENGTH, password.length());
            assertTrue(PasswordPolicy.violation("abc", password).isEmpty(), password);
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        }
    }

    @Test
    void isDifferentEachTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(TemporaryPassword.generate(null));
        }
        assertEquals(100, seen.size());
    }
}
