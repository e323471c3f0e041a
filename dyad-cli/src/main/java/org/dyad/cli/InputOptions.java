package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.app.Engine;
import org.dyad.app.InputFormat;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles. */
final class InputOptions {
    @Option(names = "--input-format", paramLabel = "text|jsonl",
            description = "How files hold articles: text (one article per file, id = file name) or jsonl "
                    + "(one JSON object per line: id, text, optional published, url, title). "
                    + "Default: jsonl for .jsonl/.ndjson files, text otherwise.")
    String inputFormat;

    @Option(names = "--dictionary", paramLabel = "PATH",
            description = "A dictionary file (actors, agents, verbs or nouns; see docs/dictionaries.md) laid over the "
                    + "bundled ones. Repeatable; later files win.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Set aside articles longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--full", description = "Parse every sentence (the full path) instead of only those that can "
            + "yield an event (the fast path, the default; docs/throughput.md).")
    boolean full;

    /** The NLP path these options ask for. */
    Engine.NlpPath nlpPath() {
        return full ? Engine.NlpPath.FULL : Engine.NlpPath.FAST;
    }

    InputFormat formatFor(Path file) {
        if (inputFormat != null) {
            return InputFormat.valueOf(inputFormat.toUpperCase(Locale.ROOT));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? InputFormat.JSONL : InputFormat.TEXT;
    }

    void validate() {
        if (inputFormat != null && !inputFormat.equalsIgnoreCase("text") && !inputFormat.equalsIgnoreCase("jsonl")) {
            throw new IllegalArgumentException("--input-format must be text or jsonl, not '" + inputFormat + "'");
        }
    }
}
