package org.dyad.spark;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Plover;
import org.dyad.store.EventFacts;
import org.dyad.store.EventPlace;
import org.dyad.store.EventQuantities;
import org.dyad.store.IngestItem;

/**
 * An event as a row of the store's flat export view (docs/store.md, Exports), with its
 * {@code dyad code} JSON line beside it. What only a store knows (the store-wide event id, the
 * incident and its counts) is left out here and written as null; the job's own columns are filled
 * exactly as the store fills its columns, from the same {@link EventFacts} and {@link IngestItem}.
 */
final class EventRows {
    /** The per-event fields the coder fills; {@code event_date} and {@code published} as ISO text. */
    static final StructType SCHEMA = schema(
            "article_id", DataTypes.StringType, "coder_event_id", DataTypes.StringType,
            "event_date", DataTypes.StringType,
            "source_code", DataTypes.StringType, "source_country", DataTypes.StringType,
            "source_sector", DataTypes.StringType, "source_text", DataTypes.StringType,
            "target_code", DataTypes.StringType, "target_country", DataTypes.StringType,
            "target_sector", DataTypes.StringType, "target_text", DataTypes.StringType,
            "cameo", DataTypes.StringType, "cameo_root", DataTypes.StringType,
            "quad_class", DataTypes.ByteType, "goldstein", DataTypes.DoubleType,
            "plover_type", DataTypes.StringType, "plover_mode", DataTypes.StringType,
            "plover_context", DataTypes.StringType, "factuality", DataTypes.StringType,
            "confidence", DataTypes.DoubleType, "sentence_index", DataTypes.IntegerType,
            "sentence_start", DataTypes.IntegerType, "sentence_end", DataTypes.IntegerType,
            "sentence_text", DataTypes.StringType, "trigger_start", DataTypes.IntegerType,
            "trigger_end", DataTypes.IntegerType, "trigger_text", DataTypes.StringType,
            "rule", DataTypes.StringType, "mention_count", DataTypes.IntegerType,
            "dead", DataTypes.LongType, "injured", DataTypes.LongType, "arrested", DataTypes.LongType,
            "participants", DataTypes.LongType, "geonameid", DataTypes.LongType,
            "place_name", DataTypes.StringType, "place_country", DataTypes.StringType,
            "place_admin1", DataTypes.StringType, "lat", DataTypes.DoubleType, "lon", DataTypes.DoubleType,
            "url", DataTypes.StringType, "title", DataTypes.StringType, "outlet", DataTypes.StringType,
            "published", DataTypes.StringType, "dyad_version", DataTypes.StringType,
            "dictionary_hashes", DataTypes.StringType, "json", DataTypes.StringType);

    /** The store's flat view, in its column order; names not in {@link #SCHEMA} are the store's own. */
    static final List<String> FLAT_VIEW = List.of("id", "article_id", "coder_event_id", "event_date",
            "source_code", "source_country", "source_sector", "source_text", "target_code", "target_country",
            "target_sector", "target_text", "cameo", "cameo_root", "quad_class", "goldstein", "plover_type",
            "plover_mode", "plover_context", "factuality", "confidence", "sentence_index", "sentence_start",
            "sentence_end", "sentence_text", "trigger_start", "trigger_end", "trigger_text", "rule", "mention_count",
            "dead", "injured", "arrested", "participants", "geonameid", "place_name", "place_country",
            "place_admin1", "lat", "lon", "incident_id", "incident_mentions", "incident_articles",
            "incident_sources", "url", "title", "outlet", "published", "ingested_at", "dyad_version",
            "dictionary_hashes");

    private EventRows() {}

    private static StructType schema(Object... namesAndTypes) {
        StructType s = new StructType();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            s = s.add((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1]);
        }
        return s;
    }

    /**
     * The row of one event of {@code item}'s article.
     *
     * @param json the event's {@code dyad code} line
     * @param dictionaries the engine's dictionary hashes as a JSON object
     */
    static Row row(IngestItem item, EventFacts facts, String json, String dyadVersion, String dictionaries) {
        Event e = facts.event();
        Article a = item.article();
        Optional<EventActor> target = e.target();
        Optional<EventPlace> place = facts.place();
        EventQuantities q = facts.quantities();
        Optional<String> date = facts.date().or(a::published).map(Object::toString);
        return RowFactory.create(e.articleId(), e.eventId(), date.orElse(null),
                e.source().code().code(), country(e.source().code().code()), sector(e.source().code().code()),
                e.source().text(),
                target.map(t -> t.code().code()).orElse(null), target.map(t -> country(t.code().code())).orElse(null),
                target.map(t -> sector(t.code().code())).orElse(null), target.map(EventActor::text).orElse(null),
                e.cameo(), e.cameoRoot(), (byte) e.quadClass(), e.goldstein(),
                e.plover().map(p -> p.type().name()).orElse(null), e.plover().flatMap(Plover::mode).orElse(null),
                e.plover().flatMap(Plover::context).orElse(null), e.factuality().name(), e.confidence(),
                e.sentenceIndex(), e.sentenceSpan().start(), e.sentenceSpan().end(), e.sentenceText(),
                e.triggerSpan().start(), e.triggerSpan().end(), e.triggerText(), e.rule(), 1 + e.mentions().size(),
                boxed(q.dead()), boxed(q.injured()), boxed(q.arrested()), boxed(q.participants()),
                place.map(EventPlace::geonameId).orElse(null), place.map(EventPlace::name).orElse(null),
                place.flatMap(EventPlace::countryCode).orElse(null), place.flatMap(EventPlace::admin1).orElse(null),
                place.map(EventPlace::lat).orElse(null), place.map(EventPlace::lon).orElse(null),
                a.url().orElse(null), a.title().orElse(null), item.source().orElse(null),
                a.published().map(Object::toString).orElse(null), dyadVersion, dictionaries, json);
    }

    /** The store's generated {@code source_country}: the code's first three characters. */
    private static String country(String code) {
        return code.substring(0, Math.min(3, code.length()));
    }

    /** The store's generated {@code source_sector}: characters 4 to 6 of a code of six or more. */
    private static String sector(String code) {
        return code.length() >= 6 ? code.substring(3, 6) : null;
    }

    private static Long boxed(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }
}
