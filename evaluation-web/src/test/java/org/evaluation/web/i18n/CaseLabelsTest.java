package org.evaluation.web.i18n;

import org.evaluation.api.cases.AppealStatus;
import org.evaluation.api.cases.CaseState;
import org.evaluation.api.cases.CaseVerdict;
import org.evaluation.api.cases.ComplaintStep;
import org.evaluation.api.cases.Overdue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every state, verdict, step and overdue flag of a case, and every appeal status, has a name in both languages. */
class CaseLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyCaseAndAppealValueHasALabel(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/evaluation/web/i18n/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Stream.<Enum<?>[]>of(CaseState.values(), CaseVerdict.values(), ComplaintStep.values(), Overdue.values(),
                        AppealStatus.values()).flatMap(Stream::of)
                .map(e -> e.getDeclaringClass().getSimpleName() + "." + e.name())
                .forEach(key -> assertTrue(texts.containsKey(key), "no label for " + key));
    }
}
