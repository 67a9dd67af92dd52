package org.evaluation.it.micro;

import org.evaluation.it.Authenticator;
import org.evaluation.it.Browser;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.roles.TestUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-factor sign-in in a real browser, as the demo audit administrator (whose role requires it
 * on the test servers, {@code evaluation.security.two-factor.roles}) and the security administrator
 * meet it: set up at the first sign-in, the code after the password, a code or a recovery code
 * taken only once, and a reset when the phone is lost.
 */
@RunAsClient
class TwoFactorIT extends OnPayaraMicro {

    private static final String AUDIT = "audit";

    @ArquillianResource
    private URL base;

    @Test
    void theAuditAdministratorSetsItUpAtTheFirstSignInAndThenNeedsACodeTakenOnlyOnce() {
        try (Browser b = new Browser(base)) {
            b.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            assertTrue(b.path().endsWith("/account/two-factor.xhtml"), b.path());
            b.waitForText("#requiredNotice", "您的角色要求使用两步验证登录");
            assertFalse(b.driver().findElements(By.cssSelector(".qr-box svg.qr-code")).isEmpty(), "the QR code");
            b.open("audit-admin/audit.xhtml");
            assertTrue(b.path().endsWith("/account/two-factor.xhtml"), "nothing else until it is set up: " + b.path());
            b.open("audit-admin/audit.xhtml?export=1");
            assertTrue(b.path().endsWith("/account/two-factor.xhtml"), b.path());

            String key = b.text("#totpKey").replaceAll("\\s", "");
            assertEquals(32, key.length(), "a 160-bit key in Base32: " + key);
            b.type("enrolForm:code", wrongCode(key));
            b.clickAndLoad(By.id("enrolForm:enable"));
            b.waitForText("#messages", "验证码不正确");
            assertEquals(key, b.text("#totpKey").replaceAll("\\s", ""), "the same key until it is confirmed");

            List<String> recovery = b.enrolTwoFactor(AUDIT);
            assertEquals(10, recovery.size(), "ten recovery codes: " + recovery);
            assertTrue(b.text("#recoveryCodes").contains("离开本页后将不再显示"));
            b.clickAndLoad(By.id("continue"));
            b.waitForText("#currentRole", "审计管理员");

            // the password alone signs nobody in any more
            b.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            b.waitForText("#secondFactorFor", "请输入身份验证器应用上显示的 6 位验证码");
            b.open("audit-admin/audit.xhtml");
            b.waitForText("h1.app-title", "登录");

            b.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            b.type("secondFactor:code", wrongCode(key));
            b.clickAndLoad(By.id("secondFactor:verify"));
            b.waitForText("#messages", "验证码不正确");
            b.type("secondFactor:code", Authenticator.nextCode(AUDIT));
            b.clickAndLoad(By.id("secondFactor:verify"));
            b.waitForText("#currentRole", "审计管理员");

            // a code seen over a shoulder, typed again, is refused
            b.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            b.type("secondFactor:code", Authenticator.lastCode(AUDIT));
            b.clickAndLoad(By.id("secondFactor:verify"));
            b.waitForText("#messages", "验证码不正确或已使用过");

            // the phone is lost: a recovery code signs in, once
            b.type("secondFactor:code", recovery.get(3).toUpperCase());
            b.clickAndLoad(By.id("secondFactor:verify"));
            b.waitForText("#currentRole", "审计管理员");
            b.open("account/two-factor.xhtml");
            b.waitForText("#onState", "两步验证已开启");
            b.waitForText("#codesLeft", "还有 9 个未使用的恢复码");
            assertTrue(b.driver().findElements(By.id("disableForm")).isEmpty(), "the role requires it: no turning it off");

            b.open("audit-admin/audit.xhtml");
            b.choose("audit:subjectType", "账号");
            b.type("audit:actor", AUDIT);
            b.click("audit:filter");
            b.waitForText("#audit\\:entries", "开启两步验证");
            String entries = b.text("#audit\\:entries");
            assertEquals(2, entries.split("登录失败", -1).length - 1,
                    "the wrong code and the code typed again are kept as failed sign-ins: " + entries);

            b.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            b.type("secondFactor:code", recovery.get(3));
            b.clickAndLoad(By.id("secondFactor:verify"));
            b.waitForText("#messages", "验证码不正确");

            // the security administrator resets it: the next sign-in sets it up afresh, and a
            // sign-in halfway through, between the password and the code, starts again
            Browser halfway = new Browser(base);
            halfway.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            halfway.waitForText("#secondFactorFor", "验证码");
            b.signIn("security", TestUsers.DEMO_PASSWORD);
            b.open("security-admin/accounts.xhtml");
            b.type("searchForm:text", AUDIT);
            b.click("searchForm:search");
            b.waitForText("#listForm\\:accounts", "两步验证");
            b.click(By.xpath("//*[@id='listForm:accounts']//tbody/tr[.//*[contains(@class, 'account-username')"
                    + " and normalize-space(.) = '" + AUDIT + "']]//button"));
            b.waitForText("#chosenAccount", AUDIT);
            b.click("accountForm:resetTwoFactor");
            b.click(By.id("confirmYes"));
            b.waitForText("#messages", "账号 audit 的两步验证已重置");
            halfway.type("secondFactor:code", Authenticator.nextCode(AUDIT));
            halfway.clickAndLoad(By.id("secondFactor:verify"));
            halfway.waitForText("#messages", "验证已超时，请重新输入用户名和密码");
            assertFalse(halfway.driver().findElements(By.id("signIn:username")).isEmpty(), "the password again");
            halfway.close();
            Authenticator.forget(AUDIT);

            b.enterPassword(AUDIT, TestUsers.DEMO_PASSWORD);
            assertTrue(b.path().endsWith("/account/two-factor.xhtml"), b.path());
            assertFalse(key.equals(b.text("#totpKey").replaceAll("\\s", "")), "a new key");
            b.enrolTwoFactor(AUDIT);
            b.clickAndLoad(By.id("continue"));
            b.waitForText("#currentRole", "审计管理员");
        }
    }

    /** Six digits that are no code of the key for the steps around now. */
    private static String wrongCode(String key) {
        long now = Authenticator.currentStep();
        for (int candidate = 0; ; candidate += 111111) {
            String code = String.format("%06d", candidate % 1000000);
            if (LongStream.rangeClosed(now - 2, now + 3).mapToObj(s -> Authenticator.code(key, s)).noneMatch(code::equals)) {
                return code;
            }
        }
    }
}
