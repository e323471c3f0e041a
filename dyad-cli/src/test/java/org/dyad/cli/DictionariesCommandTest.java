package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad dictionaries}: the importers' drivers, on tiny files (no model). */
class DictionariesCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run dyad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void import_verbs_writes_a_verb_file_and_lists_what_it_left_out() throws Exception {
        Path cameo = dir.resolve("CAMEO.test.txt");
        Files.writeString(cameo, """
                --- PROTEST  [141]  ---
                PROTEST
                - * (AGAINST &NOTHING) [1411]
                - * VENTURE (WITH VISIT) VISIT) [042]
                """, StandardCharsets.ISO_8859_1);
        Path verbs = dir.resolve("verbs.tsv");
        Run run = dyad("dictionaries", "import-verbs", cameo.toString(), verbs.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(verbs, StandardCharsets.UTF_8);
        assertEquals("#format dyad-verbs/1", lines.get(0));
        assertEquals("protest\t-\t-\t-\t141", lines.get(lines.size() - 1));
        assertTrue(run.err().contains("left out: protest\t-\tphrase\t* venture (with visit) visit)"), run.err());
        assertTrue(run.out().contains("1 lines left out"), run.out());
    }

    @Test
    void a_missing_source_is_an_error_that_names_it() {
        Run run = dyad("dictionaries", "import-phoenix", dir.resolve("nothing").toString(), dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file") && run.err().contains("CountryInfo.120116.txt"), run.err());
    }
}
