package org.evaluation.web.i18n;

import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every text exists in Chinese and in English, and nowhere only in one of them. */
class BundleCompletenessTest {

    private static final java.util.regex.Pattern PAGINATOR_PLACEHOLDER =
            java.util.regex.Pattern.compile("\\{(startRecord|endRecord|totalRecords|currentPage|totalPages)}");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("missing bundle " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/evaluation/web/i18n/messages", "/org/evaluation/web/i18n/faces", "/ValidationMessages"})
    void chineseAndEnglishHaveTheSameKeys(String base) throws IOException {
        Set<String> chinese = new TreeSet<>(load(base + "_zh_CN.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load(base + "_en.properties").stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys only in Chinese");
        assertEquals(Set.of(), onlyEnglish, "keys only in English");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyTextIsAValidMessageFormatWithNoEmptyValue(String language) throws IOException {
        Properties texts = load("/org/evaluation/web/i18n/messages_" + language + ".properties");
        for (String key : texts.stringPropertyNames()) {
            String value = texts.getProperty(key);
            assertTrue(!value.isBlank(), key + " is empty");
            if (!PAGINATOR_PLACEHOLDER.matcher(value).find()) { // a PrimeFaces paginator template, not a message
                new MessageFormat(value);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyEnumValueHasALabel(String language) throws IOException {
        Properties texts = load("/org/evaluation/web/i18n/messages_" + language + ".properties");
        Stream.of(Role.values(), Gender.values(), EmploymentCategory.values()).flatMap(Stream::of)
                .map(e -> e.getDeclaringClass().getSimpleName() + "." + e.name())
                .forEach(key -> assertTrue(texts.containsKey(key), "no label for " + key));
    }
}
