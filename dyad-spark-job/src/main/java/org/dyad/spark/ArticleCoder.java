package org.dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.app.Engine;
import org.dyad.app.EventJson;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.PlaceMention;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventFacts;
import org.dyad.store.IngestItem;
import org.dyad.store.NearDuplicateScheme;

/**
 * Codes the articles of one partition with this JVM's engine: each input row gives one row of
 * {@link #SCHEMA}, either the article's events and place mentions with its near-duplicate signature, or the reason it
 * was set aside. A bad article (unreadable, invalid, or one the engine throws on) never fails the
 * task. Partitions are coded lazily, one article at a time.
 */
final class ArticleCoder implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Dyad's version, as the store's provenance records it. */
    static final String DYAD_VERSION = "0.1.0";

    /** One per input article: its id, where it came from, the reason it was set aside, or its coding. */
    static final StructType SCHEMA = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("ref", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("day", DataTypes.StringType)
            .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false))
            .add("bands", DataTypes.createArrayType(DataTypes.LongType, false))
            .add("events", DataTypes.createArrayType(EventRows.SCHEMA, false))
            .add("places", DataTypes.createArrayType(PlaceRows.SCHEMA, false));

    private final SparkJobConfig config;
    private final LocalDate runDay;

    /** @param runDay the day an undated article is dated by for near-duplicate search, as a store dates it */
    ArticleCoder(SparkJobConfig config, LocalDate runDay) {
        this.config = config;
        this.runDay = runDay;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            private Coding coding;

            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                if (coding == null) {
                    coding = new Coding(ExecutorEngine.of(config));
                }
                return coding.code(input.next());
            }
        };
    }

    /** The per-partition state: the engine, its JSON writer and its provenance. */
    private final class Coding {
        private final Engine engine;
        private final EventJson json = new EventJson();
        private final CodingProvenance provenance;
        private final String dictionaries;

        Coding(Engine engine) {
            this.engine = engine;
            this.provenance = new CodingProvenance(DYAD_VERSION, engine.provenance());
            try {
                this.dictionaries = new ObjectMapper().writeValueAsString(new TreeMap<>(engine.provenance()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("dictionary hashes cannot be written as JSON", e);
            }
        }

        Row code(Row in) {
            String ref = in.getString(0);
            if (in.getString(6) != null) {
                return setAside(null, ref, in.getString(6));
            }
            ArticleOrReason read = article(in);
            if (read.reason != null) {
                return setAside(read.article == null ? in.getString(1) : read.article.id(), ref, read.reason);
            }
            Article article = read.article;
            try {
                return coded(article, ref);
            } catch (RuntimeException | StackOverflowError e) {
                // The engine, or a value record refusing what it made: this article only.
                return setAside(article.id(), ref, "could not be coded: " + e);
            }
        }

        private Row coded(Article article, String ref) {
            Document doc = engine.process(article);
            IngestItem item = IngestItem.of(article, doc.events(), provenance);
            List<Row> events = new ArrayList<>(item.events().size());
            for (EventFacts f : item.events()) {
                events.add(EventRows.row(item, f, json.line(f.event(), article), DYAD_VERSION, dictionaries));
            }
            List<Row> places = new ArrayList<>();
            if (doc.has(LayerKind.PLACES)) {
                for (PlaceMention m : doc.places()) {
                    places.add(PlaceRows.row(article.id(), m, json));
                }
            }
            int[] signature = NearDuplicateScheme.signature(article.text());
            return RowFactory.create(article.id(), ref, null, article.published().orElse(runDay).toString(),
                    signature, signature == null ? null : NearDuplicateScheme.bands(signature),
                    events.toArray(new Row[0]), places.toArray(new Row[0]));
        }
    }

    private static Row setAside(String id, String ref, String reason) {
        return RowFactory.create(id, ref, reason, null, null, null, null, null);
    }

    private record ArticleOrReason(Article article, String reason) {}

    /** The article of an input row, or the reason it is none, in the words of {@code dyad code}'s reader. */
    private ArticleOrReason article(Row in) {
        String id = in.getString(1);
        String text = in.getString(2);
        if (id == null || id.isBlank()) {
            return new ArticleOrReason(null, "missing 'id'");
        }
        if (text == null) {
            return new ArticleOrReason(null, "missing 'text' string");
        }
        Optional<LocalDate> published;
        String date = in.getString(3);
        try {
            published = date == null || date.isBlank() ? Optional.empty()
                    : Optional.of(LocalDate.parse(date.trim().length() >= 10 ? date.trim().substring(0, 10) : date.trim()));
        } catch (DateTimeParseException e) {
            return new ArticleOrReason(null, "'published' is not an ISO date: " + date);
        }
        Article article = new Article(id, text, published, optional(in.getString(4)), optional(in.getString(5)));
        if (text.isBlank()) {
            return new ArticleOrReason(article, "no text");
        }
        if (text.length() > config.maxChars()) {
            return new ArticleOrReason(article, "text of " + text.length() + " characters exceeds the limit of "
                    + config.maxChars() + "; split it or raise --max-chars");
        }
        return new ArticleOrReason(article, null);
    }

    private static Optional<String> optional(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
