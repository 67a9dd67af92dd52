package org.evaluation.api.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void needsAtLeastTenCharacters() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("wangfang", "Short1!"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("wangfang", "123456789"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("wangfang", "Kaohe@2026"));
    }

    @Test
    void needsThreeKindsOfCharacters() {
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("wangfang", "1234567890"));
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("wangfang", "kaohepingtai"));
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("wangfang", "Kaohepingtai"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("wangfang", "Kaohepingtai7"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("wangfang", "kaohe-2026-pt"));
    }

    @Test
    void countsChineseCharactersAsCharactersOfTheFourthKind() {
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("wangfang", "考核平台的十个字密码啊"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("wangfang", "考核平台的密码2026ab"));
    }

    @Test
    void refusesTheUserNameInAnyCase() {
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.violation("wangfang", "WangFang2026!"));
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.violation("wangfang", "wangfang"
                + "Wangfang1"));
    }

    @Test
    void refusesBlanksAndTheUnreasonablyLong() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("x1", "          "));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("x1", "a".repeat(129)));
    }
}
