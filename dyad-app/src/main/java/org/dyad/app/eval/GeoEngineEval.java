package org.dyad.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.app.Engine;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.LayerKind;
import org.dyad.gazetteer.GazetteerIndex;
import org.dyad.gazetteer.eval.GeoEval;

/**
 * The geo evaluation (docs/geo.md) on the real engine path: text repair, CoreNLP with its NER,
 * actors (whose countries are the resolver's context), then place resolution. Prints the same
 * figures as {@link GeoEval}, which recognises with the gazetteer matcher alone.
 *
 * <pre>
 * java -cp "$(cat dyad-app/target/classpath.txt)" org.dyad.app.eval.GeoEngineEval \
 *     ../shared/eval/geo/geovirus.jsonl [--errors] [--limit=N]
 * </pre>
 */
public final class GeoEngineEval {
    private GeoEngineEval() {
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        boolean showErrors = options.contains("--errors");
        int limit = options.stream().filter(a -> a.startsWith("--limit=")).map(a -> Integer.parseInt(a.substring(8)))
                .findFirst().orElse(Integer.MAX_VALUE);
        if (options.isEmpty() || options.get(0).startsWith("--")) {
            System.err.println("usage: GeoEngineEval GOLD.jsonl [--errors] [--limit=N]");
            System.exit(2);
        }
        List<Map<String, Object>> docs = GeoEval.readGold(Path.of(args[0]));
        docs = docs.subList(0, Math.min(limit, docs.size()));
        Engine engine = Engine.create(List.of());
        GazetteerIndex gazetteer = GazetteerIndex.load();
        System.out.printf("gold: %s, %d documents; recognition by CoreNLP NER and the gazetteer matcher%n", args[0], docs.size());
        long t0 = System.nanoTime();
        GeoEval.Score s = GeoEval.score(docs, gazetteer, (id, text) -> {
            var doc = engine.process(Article.of(id, text));
            return doc.has(LayerKind.PLACES) ? doc.places() : List.of();
        }, showErrors);
        GeoEval.print(System.out, "dyad engine (CoreNLP)", s, (System.nanoTime() - t0) / 1e9);
    }
}
