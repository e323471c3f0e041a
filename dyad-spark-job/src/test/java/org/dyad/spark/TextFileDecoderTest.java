package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileDecoderTest {
    @Test
    void utf8_text_is_the_article_without_its_byte_order_mark() {
        TextFileDecoder.Result r = TextFileDecoder.decode("\uFEFFKyiv’s mayor said".getBytes(StandardCharsets.UTF_8));
        assertEquals("Kyiv’s mayor said", r.text());
        assertNull(r.problem());
    }

    @Test
    void an_empty_file_is_set_aside() {
        assertEquals("empty file", TextFileDecoder.decode(new byte[0]).problem());
    }

    @Test
    void a_file_with_a_nul_byte_is_binary() {
        assertEquals("binary file (NUL or control bytes); expected UTF-8 text",
                TextFileDecoder.decode(new byte[] {'a', 0, 'b'}).problem());
    }

    @Test
    void latin1_bytes_are_invalid_utf8_at_their_offset() {
        byte[] latin1 = "Bogotá".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("invalid UTF-8 at byte 5; convert the file to UTF-8", TextFileDecoder.decode(latin1).problem());
    }
}
