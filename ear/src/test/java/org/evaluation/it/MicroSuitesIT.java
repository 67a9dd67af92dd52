package org.evaluation.it;

import org.evaluation.it.micro.AnnualCycleSuite;
import org.evaluation.it.micro.PublicFeedbackSuite;
import org.junit.jupiter.api.Test;
import org.junit.platform.suite.api.SelectClasses;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The build runs the Micro test classes through their suites only: a class that no suite selects
 * would never run, and one that two suites select would run twice.
 */
class MicroSuitesIT {

    @Test
    void everyMicroTestClassIsInExactlyOneSuite() throws IOException, URISyntaxException {
        URL dir = getClass().getClassLoader().getResource("org/evaluation/it/micro");
        assertNotNull(dir, "the compiled Micro test classes");
        List<String> classes;
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            classes = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith("IT.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())).sorted().toList();
        }
        List<String> selected = new ArrayList<>();
        for (Class<?> suite : List.of(AnnualCycleSuite.class, PublicFeedbackSuite.class)) {
            for (Class<?> selection : suite.getAnnotation(SelectClasses.class).value()) {
                selected.add(selection.getSimpleName());
            }
        }
        assertEquals(classes, selected.stream().sorted().toList(),
                "the classes of micro/ and those the suites select (add a new class to one suite)");
    }
}
