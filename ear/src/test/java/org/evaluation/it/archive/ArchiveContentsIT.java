package org.evaluation.it.archive;

import org.evaluation.it.Deployments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two archives the build delivers: every module present, and no class in them twice. */
class ArchiveContentsIT {

    /** Class file → the places in the archive (nested jars included) that hold it. */
    private static Map<String, List<String>> classes(ZipInputStream zip, String where, Map<String, List<String>> found)
            throws IOException {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (name.endsWith(".jar") || name.endsWith(".war")) {
                byte[] nested = zip.readAllBytes();
                classes(new ZipInputStream(new ByteArrayInputStream(nested)), where + "/" + name, found);
            } else if (name.endsWith(".class") && !name.endsWith("module-info.class")
                    && !name.startsWith("META-INF/versions/")) {
                String className = name.startsWith("WEB-INF/classes/") ? name.substring(16) : name;
                found.computeIfAbsent(className, k -> new ArrayList<>()).add(where);
            }
        }
        return found;
    }

    private static Map<String, List<String>> classesOf(String property) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(Deployments.artifact(property).toPath())) {
            return classes(new ZipInputStream(in), "", new HashMap<>());
        }
    }

    private static Map<String, List<String>> duplicates(Map<String, List<String>> classes) {
        Map<String, List<String>> twice = new TreeMap<>();
        classes.forEach((name, places) -> {
            if (places.size() > 1) {
                twice.put(name, places);
            }
        });
        return twice;
    }

    private static Set<String> entries(String property) throws IOException {
        try (ZipFile zip = new ZipFile(Deployments.artifact(property))) {
            Set<String> names = new java.util.TreeSet<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            return names;
        }
    }

    @Test
    void theEarHoldsTheEjbAndWebModulesWithTheApiInLib() throws IOException {
        Set<String> names = entries("evaluation.ear");
        assertTrue(names.contains("evaluation-ejb.jar"), "EJB module");
        assertTrue(names.contains("evaluation-web.war"), "web module");
        assertTrue(names.contains("lib/evaluation-api.jar"), "api in lib/");
        assertTrue(names.contains("META-INF/application.xml"));
        assertTrue(names.stream().noneMatch(n -> n.startsWith("lib/primefaces")), "the web libraries stay in the WAR");
    }

    @Test
    void theEarHoldsNoClassTwice() throws IOException {
        Map<String, List<String>> classes = classesOf("evaluation.ear");
        assertTrue(classes.containsKey("org/evaluation/organisation/PeopleServiceBean.class"));
        assertTrue(classes.containsKey("org/evaluation/web/shell/Shell.class"));
        assertTrue(classes.containsKey("org/evaluation/api/organisation/PeopleService.class"));
        assertEquals(Map.of(), duplicates(classes));
    }

    @Test
    void theMicroWarIsSelfContainedWithNoClassTwice() throws IOException {
        Set<String> names = entries("evaluation.microWar");
        assertTrue(names.contains("WEB-INF/lib/evaluation-api.jar"));
        assertTrue(names.contains("WEB-INF/lib/evaluation-ejb.jar"));
        assertTrue(names.contains("WEB-INF/web.xml"));
        assertTrue(names.contains("login.xhtml"));
        Map<String, List<String>> classes = classesOf("evaluation.microWar");
        assertTrue(classes.containsKey("org/evaluation/web/shell/Shell.class"));
        assertTrue(classes.containsKey("org/evaluation/organisation/PeopleServiceBean.class"));
        assertEquals(Map.of(), duplicates(classes));
    }
}
