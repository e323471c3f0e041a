package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.app.Engine;
import org.dyad.ingest.ArticleSink;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.ReadArticle;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively), http(s) URLs of feeds or pages, or - for standard input.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Engine> found = ArticleRun.engine(input, err);
        if (found.isEmpty()) {
            return 2;
        }
        Engine engine = found.get();
        ObjectMapper json = new ObjectMapper();
        RunTally tally = new RunTally(err);
        int[] read = {0};
        for (String in : inputs) {
            boolean plain = input.forced().or(() -> InputFormat.byExtension(in)).orElse(InputFormat.TEXT)
                    == InputFormat.TEXT;
            ArticleRun.inputs(input, List.of(in)).accept(new ArticleSink() {
                @Override
                public void article(ReadArticle article) {
                    read[0]++;
                    print(out, json, engine.clean(article.article().text()), article.article().id(), plain);
                }

                @Override
                public void setAside(BadArticle bad) {
                    tally.setAside(bad);
                }
            });
        }
        return read[0] == 0 ? 1 : 0;
    }

    private static void print(PrintWriter out, ObjectMapper json, RepairedText clean, String id, boolean plain) {
        if (plain) {
            out.print(clean.text());
            if (!clean.text().endsWith("\n")) {
                out.println();
            }
        } else {
            ObjectNode o = json.createObjectNode();
            o.put("id", id);
            o.put("text", clean.text());
            ArrayNode repairs = o.putArray("repairs");
            for (Repair r : clean.repairs()) {
                repairs.addObject().put("start", r.start()).put("end", r.end()).put("from", r.from())
                        .put("to", r.to()).put("kind", r.kind().label());
            }
            out.println(o);
        }
        out.flush();
    }
}
