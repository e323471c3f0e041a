package org.dyad.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzTest {

    @Test
    void reads_the_wanted_members_and_skips_the_rest(@TempDir Path dir) throws IOException {
        byte[] big = new byte[1500];
        java.util.Arrays.fill(big, (byte) 'x');
        Path tgz = dir.resolve("package.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            member(out, "package/README.md", big);
            member(out, "package/dist/cities500.txt", "1\tKabul\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[1024]);
        }
        Map<String, byte[]> got = TarGz.read(tgz, Set.of("package/dist/cities500.txt", "package/missing.json"));
        assertEquals(Set.of("package/dist/cities500.txt"), got.keySet());
        assertArrayEquals("1\tKabul\n".getBytes(StandardCharsets.UTF_8), got.get("package/dist/cities500.txt"));
    }

    @Test
    void reads_every_member_a_filter_accepts(@TempDir Path dir) throws IOException {
        Path tgz = dir.resolve("package.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            member(out, "package/data/countries/KE.json", "{}".getBytes(StandardCharsets.UTF_8));
            member(out, "package/data/countries/UG.json", "[]".getBytes(StandardCharsets.UTF_8));
            member(out, "package/src/index.js", "x".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[1024]);
        }
        Map<String, byte[]> got = TarGz.read(tgz, name -> name.startsWith("package/data/countries/"));
        assertEquals(Set.of("package/data/countries/KE.json", "package/data/countries/UG.json"), got.keySet());
    }

    /** Writes one ustar member: a 512-byte header, then the body padded to 512 bytes. */
    private static void member(OutputStream out, String name, byte[] body) throws IOException {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, h, 0, n.length);
        byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, h, 124, size.length);
        h[156] = '0';
        byte[] magic = "ustar".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, h, 257, magic.length);
        out.write(h);
        out.write(body);
        ByteArrayOutputStream pad = new ByteArrayOutputStream();
        pad.write(new byte[(512 - body.length % 512) % 512]);
        out.write(pad.toByteArray());
    }
}
