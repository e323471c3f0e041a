package org.dyad.core.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A dependency layer that covers only the sentences the fast path parsed. */
class PartialDependencyLayerTest {

    @Test
    void a_full_parse_marks_every_token_parsed() {
        DependencyLayer full = new DependencyLayer(new int[] {1, -1}, new String[] {"nsubj", "root"});
        assertTrue(full.complete());
        assertTrue(full.parsed(0) && full.parsed(1));
    }

    @Test
    void a_partial_parse_says_which_tokens_were_parsed() {
        DependencyLayer layer = DependencyLayer.partial(new int[] {1, -1, -1, -1},
                new String[] {"nsubj", "root", "root", "root"}, new boolean[] {true, true, false, false});
        assertFalse(layer.complete());
        assertTrue(layer.parsed(0));
        assertFalse(layer.parsed(2));
        assertEquals(1, layer.head(0));
    }

    @Test
    void a_partial_parse_of_every_token_is_complete() {
        assertTrue(DependencyLayer.partial(new int[] {-1}, new String[] {"root"}, new boolean[] {true}).complete());
    }

    @Test
    void an_unparsed_token_cannot_carry_a_parse() {
        assertThrows(IllegalArgumentException.class, () -> DependencyLayer.partial(new int[] {1, -1},
                new String[] {"nsubj", "root"}, new boolean[] {false, true}));
    }

    @Test
    void a_parsed_token_cannot_depend_on_an_unparsed_one() {
        assertThrows(IllegalArgumentException.class, () -> DependencyLayer.partial(new int[] {1, -1},
                new String[] {"nsubj", "root"}, new boolean[] {true, false}));
    }

    @Test
    void flags_must_match_the_tokens() {
        assertThrows(IllegalArgumentException.class, () -> DependencyLayer.partial(new int[] {-1},
                new String[] {"root"}, new boolean[] {true, true}));
    }
}
