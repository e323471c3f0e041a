package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;
import org.dyad.store.ActorCount;
import org.dyad.store.ArticleInfo;
import org.dyad.store.EventDetail;
import org.dyad.store.EventPage;
import org.dyad.store.EventPlace;
import org.dyad.store.EventRow;
import org.dyad.store.Period;
import org.dyad.store.PlaceCount;

/** The JSON shapes of the API, one method per store value; field names are snake_case. */
final class JsonViews {
    private final ObjectMapper json;

    JsonViews(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode page(EventPage page) {
        ObjectNode o = json.createObjectNode();
        ArrayNode events = o.putArray("events");
        page.events().forEach(e -> events.add(row(e)));
        o.put("total", page.total());
        o.put("next", page.next().orElse(null));
        return o;
    }

    ObjectNode row(EventRow e) {
        ObjectNode o = json.createObjectNode();
        o.put("id", e.id());
        o.put("article_id", e.articleId());
        o.put("date", e.date().map(Object::toString).orElse(null));
        o.put("source", e.sourceCode());
        o.put("source_text", e.sourceText());
        o.put("target", e.targetCode().orElse(null));
        o.put("target_text", e.targetText().orElse(null));
        o.put("cameo", e.cameo());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("plover", e.ploverType().orElse(null));
        o.put("factuality", e.factuality());
        o.put("confidence", e.confidence());
        o.put("sentence", e.sentenceText());
        o.put("place", e.placeName().orElse(null));
        o.put("place_country", e.placeCountry().orElse(null));
        o.put("incident", e.incidentId());
        o.put("url", e.url().orElse(null));
        return o;
    }

    ObjectNode event(EventDetail e) {
        ObjectNode o = json.createObjectNode();
        o.put("id", e.id());
        o.put("coder_event_id", e.coderEventId());
        o.put("date", e.date().map(Object::toString).orElse(null));
        ObjectNode sentence = span(e.sentence());
        sentence.put("index", e.sentenceIndex());
        o.set("sentence", sentence);
        o.set("source", party(e.source()));
        o.set("target", e.target().map(this::party).orElse(null));
        o.set("trigger", span(e.trigger()));
        o.put("cameo", e.cameo());
        o.put("cameo_root", e.cameo().substring(0, 2));
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        ObjectNode plover = o.putObject("plover");
        plover.put("type", e.ploverType().orElse(null));
        plover.put("mode", e.ploverMode().orElse(null));
        plover.put("context", e.ploverContext().orElse(null));
        o.put("factuality", e.factuality());
        o.put("confidence", e.confidence());
        o.put("rule", e.rule());
        ArrayNode mentions = o.putArray("mentions");
        for (EventDetail.Mention m : e.mentions()) {
            ObjectNode mo = mentions.addObject();
            mo.put("start", m.start());
            mo.put("end", m.end());
            mo.put("sentence", m.sentence().orElse(null));
        }
        o.set("place", e.place().map(this::place).orElse(null));
        ObjectNode q = o.putObject("quantities");
        optional(q, "dead", e.quantities().dead());
        optional(q, "injured", e.quantities().injured());
        optional(q, "arrested", e.quantities().arrested());
        optional(q, "participants", e.quantities().participants());
        ObjectNode inc = o.putObject("incident");
        EventDetail.IncidentInfo i = e.incident();
        inc.put("id", i.id());
        inc.put("first_date", i.firstDate().map(Object::toString).orElse(null));
        inc.put("last_date", i.lastDate().map(Object::toString).orElse(null));
        inc.put("events", i.events());
        inc.put("mentions", i.mentions());
        inc.put("articles", i.articles());
        inc.put("sources", i.sources());
        o.set("article", article(e.article()));
        return o;
    }

    private static void optional(ObjectNode o, String name, OptionalLong v) {
        if (v.isPresent()) {
            o.put(name, v.getAsLong());
        } else {
            o.putNull(name);
        }
    }

    private ObjectNode span(EventDetail.TextSpan s) {
        ObjectNode o = json.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
        return o;
    }

    private ObjectNode party(EventDetail.Party p) {
        ObjectNode o = span(p.span());
        o.put("code", p.code());
        o.set("antecedent", p.antecedent().map(this::span).orElse(null));
        return o;
    }

    ObjectNode place(EventPlace p) {
        ObjectNode o = json.createObjectNode();
        o.put("geonameid", p.geonameId());
        o.put("name", p.name());
        o.put("country", p.countryCode().orElse(null));
        o.put("admin1", p.admin1().orElse(null));
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        return o;
    }

    ObjectNode article(ArticleInfo a) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url().orElse(null));
        o.put("title", a.title().orElse(null));
        o.put("published", a.published().map(Object::toString).orElse(null));
        o.put("outlet", a.outlet().orElse(null));
        o.put("ingested_at", a.ingestedAt().toString());
        o.put("text_chars", a.textChars());
        o.put("duplicate_of", a.duplicateOf().orElse(null));
        ArrayNode ids = o.putArray("events");
        a.eventIds().forEach(ids::add);
        return o;
    }

    /** Periods oldest first, each with its counts and Goldstein sums by quad class (0..4). */
    ObjectNode series(String interval, List<Period> periods) {
        ObjectNode o = json.createObjectNode();
        o.put("interval", interval);
        ArrayNode out = o.putArray("periods");
        ObjectNode current = null;
        String start = null;
        for (Period p : periods) {
            if (!p.start().toString().equals(start)) {
                start = p.start().toString();
                current = out.addObject();
                current.put("start", start);
                current.put("events", 0);
                current.put("goldstein", 0.0);
                ArrayNode counts = current.putArray("events_by_quad");
                ArrayNode sums = current.putArray("goldstein_by_quad");
                for (int q = 0; q <= 4; q++) {
                    counts.add(0);
                    sums.add(0.0);
                }
            }
            current.put("events", current.get("events").asLong() + p.events());
            current.put("goldstein", current.get("goldstein").asDouble() + p.goldstein());
            ((ArrayNode) current.get("events_by_quad")).set(p.quadClass(), p.events());
            ((ArrayNode) current.get("goldstein_by_quad")).set(p.quadClass(), p.goldstein());
        }
        return o;
    }

    ObjectNode actors(List<ActorCount> actors) {
        ObjectNode o = json.createObjectNode();
        ArrayNode out = o.putArray("actors");
        for (ActorCount a : actors) {
            ObjectNode ao = out.addObject();
            ao.put("code", a.code());
            ao.put("text", a.text());
            ao.put("events", a.events());
            ao.put("as_source", a.asSource());
            ao.put("as_target", a.asTarget());
        }
        return o;
    }

    /** A GeoJSON FeatureCollection: one Point per place, with its counts by quad class. */
    ObjectNode places(List<PlaceCount> places) {
        ObjectNode o = json.createObjectNode();
        o.put("type", "FeatureCollection");
        ArrayNode features = o.putArray("features");
        for (PlaceCount p : places) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.place().lon()).add(p.place().lat());
            ObjectNode props = place(p.place());
            props.remove("lat");
            props.remove("lon");
            props.put("events", p.events());
            ArrayNode byQuad = props.putArray("events_by_quad");
            p.byQuadClass().forEach(byQuad::add);
            props.put("quad_class", dominant(p.byQuadClass()));
            f.set("properties", props);
        }
        return o;
    }

    /** The quad class with the most events; the more conflictual one on a tie. */
    static int dominant(List<Long> byQuad) {
        int best = 0;
        for (int q = 1; q < byQuad.size(); q++) {
            if (byQuad.get(q) >= byQuad.get(best)) {
                best = q;
            }
        }
        return best;
    }

    ObjectNode error(String code, String message) {
        ObjectNode o = json.createObjectNode();
        o.put("code", code);
        o.put("message", message);
        return o;
    }
}
