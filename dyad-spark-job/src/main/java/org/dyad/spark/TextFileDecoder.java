package org.dyad.spark;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * The text of one article file, or why it is none: empty, binary (a NUL byte, or more than one
 * control byte in twenty of the first 8 KiB), or not UTF-8 (the byte where decoding failed). The
 * rules of {@code dyad code}'s reader, so a file quarantined here is set aside there too.
 */
final class TextFileDecoder {
    private static final int SAMPLE = 8192;

    /** Exactly one of text and problem is set. */
    record Result(String text, String problem) {
        Result {
            if ((text == null) == (problem == null)) {
                throw new IllegalArgumentException("a decoded file has a text or a problem, not both or neither");
            }
        }
    }

    private TextFileDecoder() {}

    static Result decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Result(null, "empty file");
        }
        if (looksBinary(bytes)) {
            return new Result(null, "binary file (NUL or control bytes); expected UTF-8 text");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
            String s = out.toString();
            return new Result(s.startsWith("\uFEFF") ? s.substring(1) : s, null);
        } catch (MalformedInputException e) {
            return new Result(null, "invalid UTF-8 at byte " + in.position() + "; convert the file to UTF-8");
        } catch (CharacterCodingException e) {
            return new Result(null, "invalid UTF-8 (" + e.getMessage() + "); convert the file to UTF-8");
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, SAMPLE);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }
}
