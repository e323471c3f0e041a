package org.dyad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.Quantity;
import org.dyad.core.facts.Place;
import org.dyad.core.facts.PlaceEvidence;
import org.dyad.core.facts.PlaceMention;
import org.dyad.core.text.Span;

/** The event line of `dyad code`: one JSON object per event; offsets are into the raw text. */
public final class EventJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String line(Event e, Article article) {
        ObjectNode o = mapper.createObjectNode();
        o.put("article_id", e.articleId());
        o.put("event_id", e.eventId());
        ObjectNode sentence = o.putObject("sentence");
        sentence.put("index", e.sentenceIndex());
        sentence.put("start", e.sentenceSpan().start());
        sentence.put("end", e.sentenceSpan().end());
        sentence.put("text", e.sentenceText());
        o.set("source", actor(e.source()));
        o.set("target", e.target().map(this::actor).orElse(null));
        if (e.target().isEmpty()) {
            o.putNull("target");
        }
        o.put("cameo", e.cameo());
        o.put("cameo_root", e.cameoRoot());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        ObjectNode plover = o.putObject("plover");
        plover.put("type", e.plover().map(p -> p.type().name()).orElse(null));
        plover.put("mode", e.plover().flatMap(Plover::mode).orElse(null));
        plover.put("context", e.plover().flatMap(Plover::context).orElse(null));
        o.put("factuality", e.factuality().label());
        o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        ObjectNode trigger = o.putObject("trigger");
        trigger.put("text", e.triggerText());
        trigger.put("start", e.triggerSpan().start());
        trigger.put("end", e.triggerSpan().end());
        e.attributes().date().ifPresentOrElse(d -> {
            o.put("date", d.text());
            ObjectNode when = o.putObject("date_detail");
            when.put("value", d.date().toString());
            when.put("precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
            when.put("rule", d.rule());
            d.rawSpan().ifPresent(sp -> when.put("start", sp.start()).put("end", sp.end()));
        }, () -> o.putNull("date"));
        e.attributes().location().ifPresentOrElse(p -> {
            ObjectNode loc = placeJson(p);
            loc.put("rule", e.attributes().locationRule().orElse(null));
            o.set("location", loc);
        }, () -> o.putNull("location"));
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : e.attributes().quantities()) {
            ObjectNode qn = quantities.addObject();
            qn.put("what", q.what());
            qn.put("value", q.value());
            qn.put("qualifier", q.qualifier().orElse(null));
            qn.put("start", q.rawSpan().start());
            qn.put("end", q.rawSpan().end());
        }
        o.put("rule", e.rule());
        ArrayNode mentions = o.putArray("mentions");
        for (Span m : e.mentions()) {
            mentions.addObject().put("start", m.start()).put("end", m.end());
        }
        return o.toString();
    }

    /** A place mention: where it stands in the raw text and what it was resolved to. */
    public ObjectNode placeJson(PlaceMention p) {
        ObjectNode loc = mapper.createObjectNode();
        loc.put("text", p.text());
        loc.put("start", p.start());
        loc.put("end", p.end());
        Place place = p.place();
        loc.put("geonameid", place.geonameid());
        loc.put("name", place.name());
        loc.put("country", place.country().isEmpty() ? null : place.country());
        loc.put("admin1", place.admin1().isEmpty() ? null : place.admin1());
        loc.put("lat", place.lat());
        loc.put("lon", place.lon());
        loc.put("feature_code", place.featureCode());
        loc.put("resolution", p.resolution().name().toLowerCase(java.util.Locale.ROOT));
        loc.put("centroid", p.centroid());
        loc.put("score", Math.round(p.score() * 1000) / 1000.0);
        loc.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        return loc;
    }

    /**
     * A place mention as {@link #placeJson} writes it, with the evidence of its resolution: the
     * deciding rule and the competing candidates, best first ({@code dyad places}).
     */
    public ObjectNode placeWithEvidenceJson(PlaceMention p) {
        ObjectNode loc = placeJson(p);
        ObjectNode why = loc.putObject("evidence");
        why.put("rule", p.evidence().rule());
        ArrayNode others = why.putArray("alternatives");
        for (PlaceEvidence.Alternative a : p.evidence().alternatives()) {
            Place q = a.place();
            others.addObject().put("name", q.name()).put("country", q.country().isEmpty() ? null : q.country())
                    .put("admin1", q.admin1().isEmpty() ? null : q.admin1()).put("feature_code", q.featureCode())
                    .put("score", a.score());
        }
        return loc;
    }

    /** The {@code dyad places} line of a mention: its article's id first, then {@link #placeWithEvidenceJson}. */
    public String placeLine(String articleId, PlaceMention p) {
        ObjectNode line = mapper.createObjectNode();
        line.put("article_id", articleId);
        line.setAll(placeWithEvidenceJson(p));
        return line.toString();
    }

    private ObjectNode actor(EventActor a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("code", a.code().code());
        o.put("country", a.code().knowsCountry() ? a.code().country() : null);
        o.put("sector", a.code().sector().isEmpty() ? null : a.code().sector());
        o.put("text", a.text());
        o.put("start", a.rawSpan().start());
        o.put("end", a.rawSpan().end());
        a.antecedent().ifPresent(ante -> {
            ObjectNode r = o.putObject("antecedent");
            r.put("text", ante.text());
            r.put("start", ante.rawSpan().start());
            r.put("end", ante.rawSpan().end());
        });
        return o;
    }
}
