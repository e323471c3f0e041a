package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.facts.PloverType;
import org.dyad.store.EventFilter;
import org.junit.jupiter.api.Test;

/** Query parameters become the store's filter, or a 400 that names what was wrong. */
class ApiParamsTest {
    static ApiParams params(Map<String, List<String>> query) {
        return new ApiParams(query, Set.of("size"));
    }

    @Test
    void every_filter_parameter_reaches_the_store_filter() {
        EventFilter f = params(Map.ofEntries(Map.entry("from", List.of("2024-01-01")), Map.entry("to", List.of("2024-02-01")),
                Map.entry("actor", List.of("rus")), Map.entry("source", List.of("USA")), Map.entry("target", List.of("IRN")),
                Map.entry("country", List.of("UKR")), Map.entry("cameo", List.of("190")), Map.entry("root", List.of("19")),
                Map.entry("plover", List.of("assault")), Map.entry("quad", List.of("4")), Map.entry("place", List.of("Kyiv")),
                Map.entry("text", List.of("war crimes")), Map.entry("min_confidence", List.of("0.5")))).filter();
        assertEquals(LocalDate.of(2024, 1, 1), f.query().from().orElseThrow());
        assertEquals(LocalDate.of(2024, 2, 1), f.query().to().orElseThrow());
        assertEquals("RUS", f.query().actor().orElseThrow());
        assertEquals("USA", f.source().orElseThrow());
        assertEquals("IRN", f.target().orElseThrow());
        assertEquals("UKR", f.query().country().orElseThrow());
        assertEquals("190", f.query().cameo().orElseThrow());
        assertEquals("19", f.query().cameoRoot().orElseThrow());
        assertEquals(PloverType.ASSAULT, f.query().ploverType().orElseThrow());
        assertEquals(4, f.quadClass().getAsInt());
        assertEquals("Kyiv", f.place().orElseThrow());
        assertEquals("war crimes", f.query().text().orElseThrow());
        assertEquals(0.5, f.query().minConfidence());
    }

    static String rejected(Map<String, List<String>> query) {
        ApiException e = assertThrows(ApiException.class, () -> params(query).filter());
        assertEquals(400, e.status());
        assertEquals("bad_parameter", e.code());
        return e.getMessage();
    }

    @Test
    void a_bad_parameter_is_refused_with_its_name_and_what_to_give() {
        assertTrue(rejected(Map.of("colour", List.of("red"))).contains("unknown parameter 'colour'"));
        assertTrue(rejected(Map.of("actor", List.of("USA", "RUS"))).contains("2 times"));
        assertTrue(rejected(Map.of("to", List.of("1 May"))).contains("YYYY-MM-DD"));
        assertTrue(rejected(Map.of("cameo", List.of("1900x"))).contains("2 to 4 digits"));
        assertTrue(rejected(Map.of("plover", List.of("HUG"))).contains("unknown PLOVER type 'HUG'"));
        assertTrue(rejected(Map.of("quad", List.of("five"))).contains("not a whole number"));
        assertTrue(rejected(Map.of("min_confidence", List.of("1.5"))).contains("outside [0, 1]"));
        assertTrue(rejected(Map.of("source", List.of("US-GOV"))).contains("letters and digits"));
    }

    @Test
    void sizes_outside_their_range_are_refused() {
        ApiException e = assertThrows(ApiException.class,
                () -> params(Map.of("size", List.of("0"))).integer("size", 100, 1, 1000));
        assertTrue(e.getMessage().contains("outside 1..1000"));
        assertEquals(100, params(Map.of()).integer("size", 100, 1, 1000));
    }

    @Test
    void a_place_drawn_for_many_places_takes_the_class_with_most_events_and_the_more_conflictual_on_a_tie() {
        assertEquals(1, JsonViews.dominant(List.of(0L, 5L, 1L, 2L, 3L)));
        assertEquals(4, JsonViews.dominant(List.of(0L, 5L, 1L, 2L, 5L)));
        assertEquals(4, JsonViews.dominant(List.of(0L, 0L, 0L, 0L, 0L)));
    }
}
