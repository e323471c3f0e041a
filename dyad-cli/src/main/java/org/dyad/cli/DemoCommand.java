package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dyad.app.ArticleReader;
import org.dyad.app.Engine;
import org.dyad.app.EventJson;
import org.dyad.app.InputFormat;
import org.dyad.core.doc.Document;
import org.dyad.core.event.Event;
import org.dyad.core.event.Factuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad demo}: codes the bundled sample (Voice of America stories, public domain) and,
 * in a source checkout, the specification's seed article; writes the events and a summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the bundled sample news and print a summary.")
final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLE = "/org/dyad/app/sample/voa_stories.jsonl";

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "dyad-events.jsonl",
            description = "Where to write the events (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter console = spec.commandLine().getOut();
        List<Path> inputs = new ArrayList<>();
        Path sample = Files.createTempFile("dyad-sample", ".jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                err.println("dyad: the bundled sample is missing from the classpath; rebuild with mvn package");
                return 1;
            }
            Files.copy(in, sample, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        inputs.add(sample);
        String home = System.getProperty("dyad.home");
        Path seed = home == null ? null : Path.of(home, "testdata", "seed", "article.txt");
        if (seed != null && Files.isRegularFile(seed)) {
            inputs.add(seed);
        }
        Engine engine = Engine.create(List.of());
        EventJson json = new EventJson();
        RunTally tally = new RunTally(err);
        List<Event> events = new ArrayList<>();
        ArticleReader reader = new ArticleReader(1_000_000);
        long started = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path file : inputs) {
                InputFormat format = file.equals(sample) ? InputFormat.JSONL : InputFormat.TEXT;
                reader.read(file, format, article -> {
                    Document doc = tally.process(engine, article);
                    if (doc == null) {
                        return;
                    }
                    for (Event e : doc.events()) {
                        if (e.factuality() == Factuality.ASSERTED) {
                            events.add(e);
                            try {
                                w.write(json.line(e, article));
                                w.write('\n');
                            } catch (IOException ex) {
                                throw new java.io.UncheckedIOException(ex);
                            }
                        }
                    }
                    console.print("\rcoded " + tally.coded() + " articles, " + events.size() + " events");
                    console.flush();
                }, tally::setAside);
            }
        } finally {
            Files.deleteIfExists(sample);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        console.println();
        console.printf("%d articles coded, %d set aside, %d events in %.0f s; events written to %s%n", tally.coded(),
                tally.setAsideCount(), events.size(), seconds, out);
        console.println("\nEvents by PLOVER type:");
        counts(events.stream().map(e -> e.plover().type().name()).collect(Collectors.toList()))
                .forEach((k, v) -> console.printf("  %-10s %5d%n", k, v));
        console.println("\nTop dyads (source -> target):");
        counts(events.stream().map(e -> e.source().code().code() + " -> " + e.target().map(t -> t.code().code()).orElse("-"))
                .collect(Collectors.toList())).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(en -> console.printf("  %-24s %5d%n", en.getKey(), en.getValue()));
        return tally.exitCode();
    }

    private static Map<String, Long> counts(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
