package org.dyad.gazetteer.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.NameKind;
import org.dyad.core.geo.Place;

/**
 * The binary gazetteer index (docs/geo.md, "Index format"). Big-endian, written with
 * {@link DataOutputStream}:
 * <pre>
 * int magic 'DYGZ', int version, UTF provenance
 * short nCountries, UTF iso3...      int nAdmin1, UTF name...      short nCodes, UTF "P.PPL"...
 * int nPlaces, { int id, UTF name, short country, int admin1, float lat, float lon, short code, long population }...
 * int nKeys, { UTF key, short n, int (placeIndex &lt;&lt; 1 | demonym)... }...
 * </pre>
 */
public final class IndexFormat {
    public static final int MAGIC = 0x4459475A;
    public static final int VERSION = 1;

    private IndexFormat() {
    }

    /** The contents of an index: places, and the candidates under each normalised name. */
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
        out.writeUTF(c.provenance());
        out.writeShort(countries.size());
        for (String s : countries.keySet()) {
            out.writeUTF(s);
        }
        out.writeInt(admin1.size());
        for (String s : admin1.keySet()) {
            out.writeUTF(s);
        }
        out.writeShort(codes.size());
        for (String s : codes.keySet()) {
            out.writeUTF(s);
        }
        out.writeInt(c.places().size());
        for (Place p : c.places()) {
            out.writeInt((int) p.geonameid());
            out.writeUTF(p.name());
            out.writeShort(countries.get(p.country()));
            out.writeInt(admin1.get(p.admin1()));
            out.writeFloat((float) p.lat());
            out.writeFloat((float) p.lon());
            out.writeShort(codes.get(p.featureClass() + "." + p.featureCode()));
            out.writeLong(p.population());
        }
        out.writeInt(c.names().size());
        for (Map.Entry<String, List<Candidate>> e : c.names().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue().size());
            for (Candidate cand : e.getValue()) {
                out.writeInt(index.get(cand.place()) << 1 | (cand.kind() == NameKind.DEMONYM ? 1 : 0));
            }
        }
    }

    /** Reads an index; throws {@link IOException} on a foreign or damaged file. */
    public static Contents read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Dyad gazetteer index (bad magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("gazetteer index version " + version + ", this code reads version " + VERSION);
        }
        String provenance = in.readUTF();
        String[] countries = new String[in.readShort()];
        for (int i = 0; i < countries.length; i++) {
            countries[i] = in.readUTF();
        }
        String[] admin1 = new String[in.readInt()];
        for (int i = 0; i < admin1.length; i++) {
            admin1[i] = in.readUTF();
        }
        String[] codes = new String[in.readShort()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = in.readUTF();
        }
        Place[] places = new Place[in.readInt()];
        for (int i = 0; i < places.length; i++) {
            int id = in.readInt();
            String name = in.readUTF();
            String country = countries[in.readShort()];
            String a1 = admin1[in.readInt()];
            double lat = in.readFloat();
            double lon = in.readFloat();
            String code = codes[in.readShort()];
            long pop = in.readLong();
            places[i] = new Place(id, name, country, a1, lat, lon, code.substring(0, 1), code.substring(2), pop);
        }
        int nKeys = in.readInt();
        Map<String, List<Candidate>> names = new HashMap<>(nKeys * 4 / 3 + 1);
        for (int k = 0; k < nKeys; k++) {
            String key = in.readUTF();
            int n = in.readShort();
            Candidate[] cands = new Candidate[n];
            for (int j = 0; j < n; j++) {
                int v = in.readInt();
                cands[j] = new Candidate(places[v >>> 1], (v & 1) == 1 ? NameKind.DEMONYM : NameKind.NAME);
            }
            names.put(key, List.of(cands));
        }
        return new Contents(provenance, new ArrayList<>(List.of(places)), names);
    }
}
