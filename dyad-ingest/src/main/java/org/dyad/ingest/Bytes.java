package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level checks shared by the readers: bounded reads, binary detection, strict decoding. */
final class Bytes {
    private Bytes() {
    }

    /** At most {@code limit + 1} bytes of {@code in}: one more than the limit says "too long". */
    static byte[] upTo(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
    }

    /** NUL bytes, or more than one control byte in twenty, in the first 8 KiB. */
    static boolean looksBinary(byte[] bytes, int length) {
        int control = 0;
        int sample = Math.min(length, 8192);
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

    /** Strict decoding; a malformed sequence raises {@link Malformed} with its byte offset. A BOM is dropped. */
    static String decode(byte[] bytes, int length, Charset charset) throws Malformed {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate((int) (length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(charset, in.position());
        }
        decoder.flush(out);
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String utf8(byte[] bytes, int length) throws Malformed {
        return decode(bytes, length, StandardCharsets.UTF_8);
    }

    /** Whether {@code bytes} are well-formed UTF-8 (for keeping set-aside content as text). */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Bytes that are not valid in the charset they claim, at a byte offset. */
    static final class Malformed extends Exception {
        private final transient Charset charset;
        private final int offset;

        Malformed(Charset charset, int offset) {
            super("invalid " + charset.name() + " at byte " + offset, null, false, false);
            this.charset = charset;
            this.offset = offset;
        }

        String reason() {
            return "invalid " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name()) + " at byte "
                    + offset + "; convert the file to UTF-8";
        }
    }
}
