package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.ArticleReader;
import org.dyad.app.Engine;
import org.dyad.app.InputFormat;
import org.dyad.core.text.Repair;
import org.dyad.core.text.RepairedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad clean}: the repaired text of each article. Text input gives text out; JSON lines
 * give one line per article with its id, repaired text and the repairs in raw-text offsets.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Repair noisy text (broken hyphens, invisible characters, look-alike letters, mojibake, "
                + "entities, odd spaces) and print it; with jsonl input, also list every repair.")
final class CleanCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<Engine> found = ArticleRun.engine(input, err);
        if (found.isEmpty()) {
            return 2;
        }
        Engine engine = found.get();
        ObjectMapper json = new ObjectMapper();
        int[] read = {0};
        RunTally tally = new RunTally(err);
        ArticleReader reader = new ArticleReader(input.maxChars);
        for (Path file : files) {
            InputFormat format = input.formatFor(file);
            reader.read(file, format, article -> {
                read[0]++;
                RepairedText clean = engine.clean(article.text());
                if (format == InputFormat.TEXT) {
                    out.print(clean.text());
                    if (!clean.text().endsWith("\n")) {
                        out.println();
                    }
                } else {
                    ObjectNode o = json.createObjectNode();
                    o.put("id", article.id());
                    o.put("text", clean.text());
                    ArrayNode repairs = o.putArray("repairs");
                    for (Repair r : clean.repairs()) {
                        repairs.addObject().put("start", r.start()).put("end", r.end()).put("from", r.from())
                                .put("to", r.to()).put("kind", r.kind().label());
                    }
                    out.println(o);
                }
                out.flush();
            }, tally::setAside);
        }
        return read[0] == 0 ? 1 : 0;
    }
}
