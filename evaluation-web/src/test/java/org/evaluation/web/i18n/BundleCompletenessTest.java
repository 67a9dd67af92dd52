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

    /** A key written twice would silently replace the first text, on a page that still uses it. */
    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void noKeyIsWrittenTwice(String language) throws IOException {
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(
                "/org/evaluation/web/i18n/messages_" + language + ".properties")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key)).forEach(twice::add);
        }
        assertTrue(twice.isEmpty(), "written twice: " + twice);
    }

    /**
     * A text without arguments is shown as written (pages read it directly), so a doubled
     * apostrophe, which only MessageFormat turns into one, would show twice: write ’ instead.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void aTextWithoutArgumentsHasNoDoubledApostrophe(String language) throws IOException {
        Properties texts = load("/org/evaluation/web/i18n/messages_" + language + ".properties");
        for (String key : texts.stringPropertyNames()) {
            String value = texts.getProperty(key);
            if (!value.matches("(?s).*\\{\\d.*")) {
                assertTrue(!value.contains("''"), key + " is shown as written: use ’ rather than ''");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyEnumValueHasALabel(String language) throws IOException {
        Properties texts = load("/org/evaluation/web/i18n/messages_" + language + ".properties");
        Stream.<Enum<?>[]>of(Role.values(), Gender.values(), EmploymentCategory.values(),
                        org.evaluation.api.feedback.RatingLevel.values(), org.evaluation.api.feedback.ServiceChannel.values(),
                        org.evaluation.api.feedback.Indicator.values(), org.evaluation.api.feedback.ServiceTag.values(),
                        org.evaluation.api.feedback.RatingChannel.values(), org.evaluation.api.feedback.RatingKind.values(),
                        org.evaluation.api.feedback.RatingStanding.values(), org.evaluation.api.feedback.ExclusionReason.values(),
                        org.evaluation.api.feedback.RateableState.values()).flatMap(Stream::of)
                .map(e -> e.getDeclaringClass().getSimpleName() + "." + e.name())
                .forEach(key -> assertTrue(texts.containsKey(key), "no label for " + key));
    }

    /** A literal message key in the code: an info, error or text of a page, or a rule's refusal. */
    private static final java.util.regex.Pattern KEY_IN_CODE = java.util.regex.Pattern.compile(
            "(?:Texts\\.(?:info|error|text)\\(\\s*|Texts\\.errorAt\\([^,]+,\\s*"
                    + "|new (?:RuleViolationException|InvalidInputException|EvaluationException)\\(\\s*)\"([A-Za-z][\\w.]*)\"");

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyKeyTheCodeNamesHasAText(String language) throws IOException {
        Properties texts = load("/org/evaluation/web/i18n/messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>();
        for (String root : new String[]{"src/main/java", "../evaluation-ejb/src/main/java"}) {
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(root))) {
                for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    java.util.regex.Matcher m = KEY_IN_CODE.matcher(java.nio.file.Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1);
                        // a key ending in a dot is a prefix completed at run time
                        if (!key.endsWith(".") && !texts.containsKey(key)) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys named in the code without a text");
    }
}
