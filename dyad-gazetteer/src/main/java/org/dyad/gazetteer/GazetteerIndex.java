package org.dyad.gazetteer;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.Gazetteer;
import org.dyad.core.geo.Place;
import org.dyad.core.geo.Resolution;
import org.dyad.gazetteer.internal.IndexFormat;

/**
 * The GeoNames-derived gazetteer built into this module at build time: GeoNames cities500
 * (populated places of 500 people or more), countries, first-level regions and Dyad's named
 * regions. Immutable and thread-safe; load it once and pass it on.
 *
 * <pre>{@code
 * Gazetteer gazetteer = GazetteerIndex.load();
 * PlaceResolver resolver = new PlaceResolver(gazetteer, PlaceResolver.Options.DEFAULT);
 * }</pre>
 */
public final class GazetteerIndex implements Gazetteer {
    /** Classpath location of the index built by this module. */
    public static final String RESOURCE = "/org/dyad/gazetteer/gazetteer.bin";

    private final String provenance;
    private final Map<String, List<Candidate>> names;
    private final Map<String, Place> countries;
    private final int placeCount;
    private final int maxNameTokens;

    private GazetteerIndex(IndexFormat.Contents c) {
        this.provenance = c.provenance();
        this.names = c.names();
        this.placeCount = c.places().size();
        Map<String, Place> byIso = new HashMap<>();
        for (Place p : c.places()) {
            if (p.resolution() == Resolution.COUNTRY && !p.country().isEmpty()) {
                byIso.putIfAbsent(p.country(), p);
            }
        }
        this.countries = Map.copyOf(byIso);
        int max = 1;
        for (String k : names.keySet()) {
            int t = 1;
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) == ' ') {
                    t++;
                }
            }
            max = Math.max(max, t);
        }
        this.maxNameTokens = Math.min(max, 8);
    }

    /** Loads the index that this module's build put on the classpath. */
    public static GazetteerIndex load() {
        InputStream in = GazetteerIndex.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new GazetteerLoadException("no gazetteer index at classpath " + RESOURCE
                    + "; build dyad-gazetteer with Maven (mvn -pl dyad-gazetteer -am verify), which makes it", null);
        }
        return read(in, "classpath " + RESOURCE);
    }

    /** Loads an index file written by the builder. */
    public static GazetteerIndex load(Path file) {
        try {
            return read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new GazetteerLoadException("cannot open gazetteer index " + file + ": " + e.getMessage(), e);
        }
    }

    private static GazetteerIndex read(InputStream raw, String where) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            return new GazetteerIndex(IndexFormat.read(in));
        } catch (IOException e) {
            throw new GazetteerLoadException("cannot read gazetteer index from " + where + ": " + e.getMessage()
                    + "; rebuild it with mvn -pl dyad-gazetteer -am verify", e);
        }
    }

    @Override
    public List<Candidate> candidates(String key) {
        return names.getOrDefault(key, List.of());
    }

    @Override
    public Optional<Place> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    @Override
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** Where the data came from: package versions and their checksums. */
    public String provenance() {
        return provenance;
    }

    public int placeCount() {
        return placeCount;
    }

    public int nameCount() {
        return names.size();
    }
}
