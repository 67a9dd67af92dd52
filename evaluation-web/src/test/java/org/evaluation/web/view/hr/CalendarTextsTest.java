package org.evaluation.web.view.hr;

import org.evaluation.api.calendar.DayKind;
import org.evaluation.api.calendar.PublicHoliday;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar page finds a text for every kind, holiday and status it shows, in both languages. */
class CalendarTextsTest {

    private static Properties texts(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CalendarTextsTest.class.getResourceAsStream(
                "/org/evaluation/web/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyKindHolidayAndStatusHasALabel(String language) throws IOException {
        Properties texts = texts(language);
        Stream.concat(Stream.of(DayKind.values()), Stream.of(PublicHoliday.values()))
                .map(e -> e.getDeclaringClass().getSimpleName() + "." + e.name())
                .forEach(key -> assertTrue(texts.containsKey(key), "no label for " + key));
        for (DayStatus status : DayStatus.values()) {
            assertTrue(texts.containsKey("calendar.status." + status), "no label for " + status);
        }
        assertTrue(texts.containsKey("calendar.mark.HOLIDAY") && texts.containsKey("calendar.mark.MAKE_UP_WORKDAY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void theDatePatternFormatsADate(String language) throws IOException {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(texts(language).getProperty("calendar.datePattern"),
                Locale.forLanguageTag(language.replace('_', '-')));
        assertTrue(LocalDate.of(2026, 10, 1).format(pattern).startsWith("2026-10-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void theNameLimitInTheTextsIsTheOneTheServiceApplies(String language) throws IOException {
        assertEquals(40, org.evaluation.api.calendar.CalendarService.NAME_MAX);
        assertTrue(texts(language).getProperty("calendar.form.name.hint").contains("40"));
    }
}
