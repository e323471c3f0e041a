package org.dyad.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's package structure, read from its sources: dependencies between packages run one way
 * (no cycles), the core uses only the JDK, and no main class grows past 400 lines.
 */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final String CORE = "org.dyad.core.";
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.dyad\\.core\\.([a-z]+)\\.[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void no_two_core_packages_depend_on_each_other_even_through_others() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                if (reaches(uses, to, from, new TreeSet<>())) {
                    cycles.add(from + " -> " + to);
                }
            }
        }
        assertEquals(List.of(), cycles, "package dependencies that close a cycle: " + uses);
    }

    @Test
    void the_core_imports_only_the_jdk_and_itself() throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String name = m.group(2);
                if (!name.startsWith("java.") && !name.startsWith("javax.") && !name.startsWith(CORE)) {
                    foreign.add(MAIN.relativize(file) + ": " + name);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void no_main_class_passes_400_lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            if (lines > 400) {
                long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), long_, "split these into small steps");
    }

    @Test
    void the_graph_is_read_from_real_sources() throws IOException {
        Map<String, Set<String>> uses = packageGraph();
        assertTrue(uses.containsKey("event") && uses.get("event").contains("doc"), uses.toString());
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String goal, Set<String> seen) {
        if (from.equals(goal)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (reaches(uses, next, goal, seen)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path file : sources()) {
            String pkg = corePackageOf(file);
            Set<String> targets = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(withoutComments(Files.readString(file)));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    targets.add(m.group(1));
                }
            }
        }
        return uses;
    }

    private static String corePackageOf(Path file) {
        Path rel = MAIN.relativize(file.getParent());
        return rel.getNameCount() > 3 ? rel.getName(3).toString() : "";
    }

    private static String withoutComments(String src) {
        return src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
