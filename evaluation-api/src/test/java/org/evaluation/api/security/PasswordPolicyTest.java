package org.evaluation.api.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void needsAtLeastTenCharacters() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("wangfang", "Short1!"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("wangfang", "123456789"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("wangfang", "1234567890"));
    }

    @Test
    void countsChineseCharactersAsCharacters() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("wangfang", "考核平台的十个字密码啊"));
    }

    @Test
    void refusesTheUserNameInAnyCase() {
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.violation("wangfang", "WangFang2026"));
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.violation("wangfang", "wangfang"
                + "wangfang"));
    }

    @Test
    void refusesBlanksAndTheUnreasonablyLong() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("x1", "          "));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("x1", "a".repeat(129)));
    }
}
