package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.ingest.InputFormat;
import org.dyad.app.Engine;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles. */
final class InputOptions {
    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Force the input format: text (one article per file, id = file name), jsonl (one JSON "
                    + "object per line: id, text, optional published, url, title), html (a web page: its story), "
                    + "warc (WARC archive), feed (RSS or Atom; also rss, atom). Default: by extension "
                    + "(.txt .jsonl .html .warc .rss .atom, each also .gz or .zst), else by content.")
    String inputFormat;

    @Option(names = "--dictionary", paramLabel = "PATH",
            description = "A dictionary file (actors, agents, verbs or nouns; see docs/dictionaries.md) laid over the "
                    + "bundled ones. Repeatable; later files win.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Set aside articles longer than N characters (default: ${DEFAULT-VALUE}).")
    int maxChars = 1_000_000;

    @Option(names = "--quarantine", paramLabel = "FILE",
            description = "Append each article that cannot be read or coded to FILE as a JSON line (source, position, "
                    + "reason, and its text or base64 bytes); the run goes on.")
    Path quarantine;

    @Option(names = "--threads", paramLabel = "N",
            description = "Code N articles at once with one shared engine (default: all cores); output keeps input order.")
    Integer threads;

    @Option(names = "--full", description = "Parse every sentence (the full path) instead of only those that can "
            + "yield an event (the fast path, the default; docs/throughput.md).")
    boolean full;

    /** The NLP path these options ask for. */
    Engine.NlpPath nlpPath() {
        return full ? Engine.NlpPath.FULL : Engine.NlpPath.FAST;
    }

    Optional<InputFormat> forced() {
        return inputFormat == null ? Optional.empty() : Optional.of(InputFormat.named(inputFormat));
    }

    int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** @throws IllegalArgumentException naming the bad option and what to write instead */
    void validate() {
        forced();
        if (maxChars <= 0) {
            throw new IllegalArgumentException("--max-chars must be positive, not " + maxChars);
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new IllegalArgumentException("--threads must be between 1 and 256, not " + threads);
        }
    }
}
