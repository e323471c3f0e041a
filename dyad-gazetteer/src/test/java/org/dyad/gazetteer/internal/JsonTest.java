package org.dyad.gazetteer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void reads_a_gold_line() {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(
                "{\"id\": \"g-1\", \"text\": \"In \\\"Za\\u00efre\\\"\", \"toponyms\": [{\"start\": 4, \"lat\": -1.5e1, \"geonameid\": null}]}");
        assertEquals("g-1", doc.get("id"));
        assertEquals("In \"Zaïre\"", doc.get("text"));
        @SuppressWarnings("unchecked")
        Map<String, Object> t = ((List<Map<String, Object>>) doc.get("toponyms")).get(0);
        assertEquals(4.0, t.get("start"));
        assertEquals(-15.0, t.get("lat"));
        assertNull(t.get("geonameid"));
    }

    @Test
    void bad_input_names_the_offset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
        assertEquals("bad JSON at offset 6: unexpected character '}'", e.getMessage());
    }
}
