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
import org.dyad.app.Engine;
import org.dyad.core.doc.Article;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code POST /api/articles}'s coder stores the article's place mentions, as {@code dyad ingest} does (issue 19). */
class ServeCoderIT {
    @TempDir
    Path dir;

    @Test
    void a_posted_article_is_stored_with_its_place_mentions() throws IOException {
        IngestItem item = ServeCommand.coder(Engine.create(List.of()))
                .code(Article.of("posted-1", "Russia's ambassador met with the Taliban in Kabul on Monday."));
        assertTrue(item.places().stream().anyMatch(p -> p.text().equals("Kabul") && p.place().country().equals("AFG")),
                item.places().toString());
        Path db = dir.resolve("events.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.store(item);
        }
        Path csv = dir.resolve("places.csv");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("export", "--db", db.toString(), "--format", "places", "--out", csv.toString()), err.toString());
        String rows = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(rows.contains("posted-1") && rows.contains("Kabul"), rows);
    }
}
