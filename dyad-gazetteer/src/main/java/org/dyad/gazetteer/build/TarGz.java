package org.dyad.gazetteer.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/** Reads chosen members of a gzip-compressed ustar archive (an npm tarball) into memory. */
final class TarGz {
    private TarGz() {
    }

    /** The bytes of each wanted member, keyed by its path in the archive; missing members are absent. */
    static Map<String, byte[]> read(Path tgz, Set<String> wanted) throws IOException {
        return read(tgz, wanted::contains, wanted.size());
    }

    /** The bytes of every member whose path the filter accepts, keyed by that path. */
    static Map<String, byte[]> read(Path tgz, Predicate<String> wanted) throws IOException {
        return read(tgz, wanted, Integer.MAX_VALUE);
    }

    private static Map<String, byte[]> read(Path tgz, Predicate<String> wanted, int stopAfter) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            while (readFully(in, header)) {
                if (header[0] == 0) {
                    break;
                }
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                String octal = field(header, 124, 12).trim();
                long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
                long padded = (size + 511) / 512 * 512;
                if (wanted.test(name)) {
                    byte[] body = in.readNBytes((int) size);
                    if (body.length != size) {
                        throw new IOException(tgz + " is truncated inside " + name);
                    }
                    in.skipNBytes(padded - size);
                    out.put(name, body);
                    if (out.size() == stopAfter) {
                        break;
                    }
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
        return out;
    }

    private static boolean readFully(InputStream in, byte[] buf) throws IOException {
        int n = in.readNBytes(buf, 0, buf.length);
        return n == buf.length;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }
}
