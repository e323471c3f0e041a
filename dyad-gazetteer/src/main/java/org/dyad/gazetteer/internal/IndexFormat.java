package org.dyad.gazetteer.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;

/**
 * The binary gazetteer index (docs/geo.md, "Index format"): columns of fixed-width values and
 * UTF-8 blobs, big-endian, so that loading is a few bulk copies and places are made only when
 * looked up.
 * <pre>
 * int magic 'DYGZ', int version, int length + UTF-8 provenance
 * 3 string tables (countries, admin1 names, "class.code" feature codes): int n, then n × (int length + UTF-8)
 * int nPlaces; int[] id; float[] lat; float[] lon; short[] country; int[] admin1; short[] code; long[] population;
 *     int[nPlaces + 1] nameOffsets; int nameBytes; byte[] names
 * int nKeys; int[nKeys + 1] keyOffsets; int keyBytes; byte[] keys (UTF-8, sorted bytewise);
 *     int[nKeys + 1] candidateOffsets; int[] candidates (placeIndex &lt;&lt; 2 | NameKind ordinal: name, demonym, abbreviation)
 * </pre>
 */
public final class IndexFormat {
    public static final int MAGIC = 0x4459475A;
    public static final int VERSION = 3;
    /** Name kinds by the two low bits of a candidate entry. */
    private static final NameKind[] KINDS = NameKind.values();

    private IndexFormat() {
    }

    /** What the builder writes: places, and the candidates under each normalised name. */
    public record Contents(String provenance, List<Place> places, Map<String, List<Candidate>> names) {
    }

    public static void write(Contents c, DataOutputStream out) throws IOException {
        Map<String, Integer> countries = new LinkedHashMap<>();
        Map<String, Integer> admin1 = new LinkedHashMap<>();
        Map<String, Integer> codes = new LinkedHashMap<>();
        Map<Place, Integer> index = new IdentityHashMap<>(c.places().size() * 2);
        for (Place p : c.places()) {
            countries.putIfAbsent(p.country(), countries.size());
            admin1.putIfAbsent(p.admin1(), admin1.size());
            codes.putIfAbsent(p.featureClass() + "." + p.featureCode(), codes.size());
            index.put(p, index.size());
        }
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeString(out, c.provenance());
        for (Map<String, Integer> table : List.of(countries, admin1, codes)) {
            out.writeInt(table.size());
            for (String s : table.keySet()) {
                writeString(out, s);
            }
        }
        List<Place> places = c.places();
        int n = places.size();
        out.writeInt(n);
        for (Place p : places) {
            out.writeInt((int) p.geonameid());
        }
        for (Place p : places) {
            out.writeFloat((float) p.lat());
        }
        for (Place p : places) {
            out.writeFloat((float) p.lon());
        }
        for (Place p : places) {
            out.writeShort(countries.get(p.country()));
        }
        for (Place p : places) {
            out.writeInt(admin1.get(p.admin1()));
        }
        for (Place p : places) {
            out.writeShort(codes.get(p.featureClass() + "." + p.featureCode()));
        }
        for (Place p : places) {
            out.writeLong(p.population());
        }
        List<byte[]> names = new ArrayList<>(n);
        for (Place p : places) {
            names.add(p.name().getBytes(StandardCharsets.UTF_8));
        }
        writeBlob(out, names);

        List<byte[]> keys = new ArrayList<>(c.names().size());
        Map<byte[], List<Candidate>> byKey = new IdentityHashMap<>();
        for (Map.Entry<String, List<Candidate>> e : c.names().entrySet()) {
            byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
            keys.add(k);
            byKey.put(k, e.getValue());
        }
        keys.sort(Arrays::compareUnsigned);
        out.writeInt(keys.size());
        writeBlob(out, keys);
        int offset = 0;
        out.writeInt(0);
        for (byte[] k : keys) {
            offset += byKey.get(k).size();
            out.writeInt(offset);
        }
        for (byte[] k : keys) {
            for (Candidate cand : byKey.get(k)) {
                out.writeInt(index.get(cand.place()) << 2 | cand.kind().ordinal());
            }
        }
    }

    /** Reads an index held in memory; throws {@link IOException} on a foreign or damaged file. */
    public static Data read(byte[] bytes) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != MAGIC) {
                throw new IOException("not a Dyad gazetteer index (bad magic number)");
            }
            int version = b.getInt();
            if (version != VERSION) {
                throw new IOException("gazetteer index version " + version + ", this code reads version " + VERSION);
            }
            String provenance = readString(b);
            String[][] tables = new String[3][];
            for (int t = 0; t < 3; t++) {
                tables[t] = new String[b.getInt()];
                for (int i = 0; i < tables[t].length; i++) {
                    tables[t][i] = readString(b);
                }
            }
            int n = b.getInt();
            int[] ids = ints(b, n);
            float[] lat = new float[n];
            b.asFloatBuffer().get(lat);
            b.position(b.position() + 4 * n);
            float[] lon = new float[n];
            b.asFloatBuffer().get(lon);
            b.position(b.position() + 4 * n);
            short[] country = shorts(b, n);
            int[] admin1 = ints(b, n);
            short[] code = shorts(b, n);
            long[] pop = new long[n];
            b.asLongBuffer().get(pop);
            b.position(b.position() + 8 * n);
            int[] nameOffsets = ints(b, n + 1);
            byte[] names = bytes(b);
            int k = b.getInt();
            int[] keyOffsets = ints(b, k + 1);
            byte[] keys = bytes(b);
            int[] candOffsets = ints(b, k + 1);
            int[] cands = ints(b, candOffsets[k]);
            return new Data(provenance, tables[0], tables[1], tables[2], ids, lat, lon, country, admin1, code, pop,
                    nameOffsets, names, keyOffsets, keys, candOffsets, cands);
        } catch (RuntimeException e) {
            throw new IOException("damaged gazetteer index: " + e, e);
        }
    }

    /** A loaded index: columns, with places made on lookup. Immutable. */
    public static final class Data {
        private final String provenance;
        private final String[] countries;
        private final String[] admin1Names;
        private final String[] codes;
        private final int[] ids;
        private final float[] lat;
        private final float[] lon;
        private final short[] country;
        private final int[] admin1;
        private final short[] code;
        private final long[] population;
        private final int[] nameOffsets;
        private final byte[] names;
        private final int[] keyOffsets;
        private final byte[] keys;
        private final int[] candOffsets;
        private final int[] cands;

        Data(String provenance, String[] countries, String[] admin1Names, String[] codes, int[] ids, float[] lat,
                float[] lon, short[] country, int[] admin1, short[] code, long[] population, int[] nameOffsets,
                byte[] names, int[] keyOffsets, byte[] keys, int[] candOffsets, int[] cands) {
            this.provenance = provenance;
            this.countries = countries;
            this.admin1Names = admin1Names;
            this.codes = codes;
            this.ids = ids;
            this.lat = lat;
            this.lon = lon;
            this.country = country;
            this.admin1 = admin1;
            this.code = code;
            this.population = population;
            this.nameOffsets = nameOffsets;
            this.names = names;
            this.keyOffsets = keyOffsets;
            this.keys = keys;
            this.candOffsets = candOffsets;
            this.cands = cands;
        }

        public String provenance() {
            return provenance;
        }

        public int placeCount() {
            return ids.length;
        }

        public int keyCount() {
            return keyOffsets.length - 1;
        }

        /** The place at position {@code i}, made anew (places are values). */
        public Place place(int i) {
            String c = codes[code[i]];
            return new Place(ids[i], new String(names, nameOffsets[i], nameOffsets[i + 1] - nameOffsets[i], StandardCharsets.UTF_8),
                    countries[country[i]], admin1Names[admin1[i]], lat[i], lon[i], c.substring(0, 1), c.substring(2), population[i]);
        }

        public double lat(int i) {
            return lat[i];
        }

        public double lon(int i) {
            return lon[i];
        }

        public boolean populated(int i) {
            return codes[code[i]].startsWith("P.");
        }

        /** Feature code of the place at position {@code i}, without making the place. */
        public String featureCode(int i) {
            return codes[code[i]].substring(2);
        }

        public String countryOf(int i) {
            return countries[country[i]];
        }

        /** Candidates under a normalised key, by binary search over the sorted keys. */
        public List<Candidate> candidates(String key) {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            int lo = 0;
            int hi = keyCount() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int cmp = Arrays.compareUnsigned(keys, keyOffsets[mid], keyOffsets[mid + 1], k, 0, k.length);
                if (cmp < 0) {
                    lo = mid + 1;
                } else if (cmp > 0) {
                    hi = mid - 1;
                } else {
                    List<Candidate> out = new ArrayList<>(candOffsets[mid + 1] - candOffsets[mid]);
                    for (int j = candOffsets[mid]; j < candOffsets[mid + 1]; j++) {
                        out.add(new Candidate(place(cands[j] >>> 2), KINDS[cands[j] & 3]));
                    }
                    return List.copyOf(out);
                }
            }
            return List.of();
        }

        /** The key at position {@code i} in sorted order. */
        public String key(int i) {
            return new String(keys, keyOffsets[i], keyOffsets[i + 1] - keyOffsets[i], StandardCharsets.UTF_8);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(ByteBuffer b) {
        byte[] s = new byte[b.getInt()];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private static void writeBlob(DataOutputStream out, List<byte[]> items) throws IOException {
        int offset = 0;
        out.writeInt(0);
        for (byte[] item : items) {
            offset += item.length;
            out.writeInt(offset);
        }
        out.writeInt(offset);
        for (byte[] item : items) {
            out.write(item);
        }
    }

    private static int[] ints(ByteBuffer b, int n) {
        int[] out = new int[n];
        b.asIntBuffer().get(out);
        b.position(b.position() + 4 * n);
        return out;
    }

    private static short[] shorts(ByteBuffer b, int n) {
        short[] out = new short[n];
        b.asShortBuffer().get(out);
        b.position(b.position() + 2 * n);
        return out;
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.getInt()];
        b.get(out);
        return out;
    }
}
