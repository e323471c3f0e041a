package org.dyad.codebooks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled dictionary data file says where it comes from: NOTICE names it, and the Factbook tables' headers name their source. */
class DataLicencesTest {
    private static final Path DICT = Path.of("src/main/resources/org/dyad/codebooks/dict");

    /** Every data table of the dictionary folder: actors, agents, verbs, nouns, event codes and their negations. */
    private static boolean isDictionaryData(Path p) {
        return p.getFileName().toString().endsWith(".tsv");
    }

    @Test
    void every_bundled_dictionary_is_credited_in_notice_and_its_header() throws IOException {
        String notice = Files.readString(Path.of("../NOTICE"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(DICT)) {
            for (Path f : files.filter(DataLicencesTest::isDictionaryData).sorted().toList()) {
                String name = f.getFileName().toString();
                boolean credited = notice.contains(name) || (name.startsWith("dyad.") && notice.contains("dyad.*.tsv"));
                if (!credited) {
                    missing.add(name + " (not in NOTICE)");
                }
            }
        }
        for (String file : List.of("factbook.leaders.actors.tsv", "factbook_fips.tsv")) {
            String header = Files.readString(DICT.resolve(file), StandardCharsets.UTF_8).lines().limit(12)
                    .filter(l -> l.startsWith("#")).reduce("", String::concat);
            if (!header.contains("Source:")) {
                missing.add(file + " (no 'Source:' in its header)");
            }
        }
        assertTrue(Files.exists(DICT.resolve("LICENSE-factbook.txt")), "LICENSE-factbook.txt beside the Factbook data");
        assertTrue(missing.isEmpty(), "data files without their credit: " + missing);
    }
}
