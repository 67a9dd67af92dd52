package org.evaluation.web.i18n;

import org.evaluation.api.eligibility.InvestigationOutcome;
import org.evaluation.api.eligibility.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of eligibility record, group of kinds and outcome of a case has a name in both languages. */
class EligibilityLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyKindGroupAndOutcomeHasALabel(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/evaluation/web/i18n/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Stream.concat(Stream.concat(Stream.of(RecordKind.values()).map(RecordKind::key),
                                Stream.of(RecordKind.Category.values()).map(c -> "RecordKind.Category." + c.name())),
                        Stream.of(InvestigationOutcome.values()).map(o -> "InvestigationOutcome." + o.name()))
                .forEach(key -> assertTrue(texts.containsKey(key), "no label for " + key));
        Stream.of(RecordKind.Category.values()).map(c -> "records.form.startDate." + c.name())
                .forEach(key -> assertTrue(texts.containsKey(key), "no start date label " + key));
    }
}
