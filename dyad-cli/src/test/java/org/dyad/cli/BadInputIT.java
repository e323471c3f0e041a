package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken article never stops a run: it is set aside with its reason and the run goes on. */
class BadInputIT {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void bad_articles_get_one_line_each_and_good_ones_in_the_same_run_are_coded() throws IOException {
        Path empty = file("empty.txt", new byte[0]);
        Path binary = file("binary.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
        Path latin1 = file("latin1.txt", "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Path oneLine = file("huge.txt", huge);
        Path good = file("good.txt", "Uzbekistan detained Afghan soldiers on Tuesday.".getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.dyad("code", empty.toString(), binary.toString(), latin1.toString(), oneLine.toString(),
                good.toString());

        assertEquals(0, run.exit(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("dyad: set aside")).toList();
        assertEquals(4, errors.size(), run.err());
        assertTrue(errors.get(0).contains("empty.txt") && errors.get(0).contains("empty file"), errors.get(0));
        assertTrue(errors.get(1).contains("binary.txt") && errors.get(1).contains("binary"), errors.get(1));
        assertTrue(errors.get(2).contains("latin1.txt") && errors.get(2).contains("invalid UTF-8"), errors.get(2));
        assertTrue(errors.get(3).contains("huge.txt") && errors.get(3).contains("exceeds"), errors.get(3));
        assertTrue(run.out().contains("\"article_id\":\"good.txt\""), run.out());
        assertTrue(run.out().contains("\"cameo\":\"173\""), run.out());
    }

    @Test
    void the_exit_status_is_non_zero_only_when_nothing_could_be_read() throws IOException {
        CliRun run = CliRun.dyad("code", file("empty.txt", new byte[0]).toString(),
                dir.resolve("missing.txt").toString());
        assertEquals(1, run.exit());
        assertEquals(2, run.err().lines().filter(l -> l.startsWith("dyad: set aside")).count(), run.err());
    }

    @Test
    void a_bad_user_dictionary_is_reported_with_file_and_line() throws IOException {
        Path dict = file("mine.tsv", "#format dyad-actors/1\nRuritania RUR\n".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.dyad("code", "--dictionary", dict.toString(),
                file("a.txt", "x".getBytes(StandardCharsets.UTF_8)).toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("mine.tsv:2:"), run.err());
    }
}
