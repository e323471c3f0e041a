package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ingest, query and export through the command line, on a real DuckDB file. */
class StoreCommandsIT {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void ingested_events_can_be_queried_and_exported_and_reingesting_adds_nothing() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\": \"a1\", \"published\": \"2021-08-20\", \"text\": \"Uzbekistan detained Afghan soldiers on Thursday.\"}",
                "{\"id\": \"a2\", \"published\": \"2021-08-21\", \"text\": \"Russia's ambassador met with the Taliban in Kabul.\"}"),
                StandardCharsets.UTF_8);
        Path db = dir.resolve("events.duckdb");

        String[] first = run("ingest", "--db", db.toString(), feed.toString());
        assertEquals("0", first[0], first[2]);
        assertTrue(first[1].startsWith("2 articles coded"), first[1]);
        String[] again = run("ingest", "--db", db.toString(), feed.toString());
        assertTrue(again[1].startsWith("0 articles coded (0 events), 2 skipped (already stored)"), again[1]);

        String[] query = run("query", "--db", db.toString(), "--root", "17", "--format", "csv");
        assertEquals("0", query[0], query[2]);
        assertTrue(query[1].contains("UZB") && query[1].contains("AFGMIL"), query[1]);

        Path gdelt = dir.resolve("events.tsv");
        String[] export = run("export", "--db", db.toString(), "--format", "gdelt", "--out", gdelt.toString());
        assertEquals("0", export[0], export[2]);
        List<String> rows = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
        assertTrue(rows.size() >= 2, rows.toString());
        for (String row : rows) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
    }
}
