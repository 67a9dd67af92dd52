package org.evaluation.web.i18n;

import org.evaluation.api.ballot.BallotStatus;
import org.evaluation.api.ballot.VoterGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal of the democratic evaluation has its text, in both languages, and so does every
 * status and voter group: the keys are read from the services' sources as they are shipped.
 */
class BallotTextsTest {

    private static final Path SOURCES = Path.of("../evaluation-ejb/src/main/java/org/evaluation/ballot");
    private static final Pattern KEY = Pattern.compile("RuleViolationException\\(\\s*\"(ballot\\.[A-Za-z.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyRefusalStatusAndGroupHasAText(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/evaluation/web/i18n/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertFalse(keys.size() < 20, "the sources were read: " + keys);
        Set<String> missing = new TreeSet<>();
        keys.stream().filter(k -> !texts.containsKey(k)).forEach(missing::add);
        assertEquals(Set.of(), missing, "refusals without a text");
        Stream.concat(Stream.of(BallotStatus.values()).map(s -> "BallotStatus." + s),
                        Stream.of(VoterGroup.values()).map(g -> "VoterGroup." + g))
                .forEach(key -> assertTrue(texts.containsKey(key), "no label for " + key));
    }
}
