package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad code --conventions}: the same sentence under PLOVER's and CAMEO's conventions, with CoreNLP. */
class CodeConventionsIT {
    @TempDir
    Path dir;

    private List<JsonNode> code(String conventions, Path file) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("code", "--conventions", conventions, file.toString()), err.toString());
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                events.add(new ObjectMapper().readTree(line));
            }
        }
        return events;
    }

    @Test
    void cameo_conventions_code_a_statement_by_an_unowned_official_as_petrarch_does_and_plover_conventions_do_not()
            throws Exception {
        Path file = dir.resolve("statement.txt");
        Files.writeString(file, "A senior official said on Saturday that the talks would go on.\n",
                StandardCharsets.UTF_8);
        List<JsonNode> cameo = code("cameo", file);
        assertTrue(cameo.stream().anyMatch(e -> e.path("cameo").asText().startsWith("01")
                && e.path("source").path("code").asText().equals("---GOV")), cameo.toString());
        assertEquals(List.of(), code("plover", file), "PLOVER has no statements and no actor of unknown country");
    }

    @Test
    void an_unknown_convention_is_an_error_naming_the_choices() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Text.\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("code", "--conventions", "icews", file.toString()));
        assertTrue(err.toString().contains("--conventions must be plover or cameo"), err.toString());
    }
}
