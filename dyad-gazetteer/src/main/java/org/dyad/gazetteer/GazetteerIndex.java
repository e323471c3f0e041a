package org.dyad.gazetteer;

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
    /** Longer names are not looked for: the recogniser's window. */
    private static final int MAX_NAME_TOKENS = 8;

    private final IndexFormat.Data data;
    private final Map<String, Place> countries;
    private final int maxNameTokens;

    private GazetteerIndex(IndexFormat.Data data) {
        this.data = data;
        Map<String, Place> byIso = new HashMap<>();
        for (int i = 0; i < data.placeCount(); i++) {
            if (data.featureCode(i).equals("PCLI") && !data.countryOf(i).isEmpty()) {
                byIso.putIfAbsent(data.countryOf(i), data.place(i));
            }
        }
        this.countries = Map.copyOf(byIso);
        int max = 1;
        for (int k = 0; k < data.keyCount(); k++) {
            max = Math.max(max, data.key(k).split(" ").length);
        }
        this.maxNameTokens = Math.min(max, MAX_NAME_TOKENS);
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
        try (InputStream in = raw) {
            return new GazetteerIndex(IndexFormat.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new GazetteerLoadException("cannot read gazetteer index from " + where + ": " + e.getMessage()
                    + "; rebuild it with mvn -pl dyad-gazetteer -am verify", e);
        }
    }

    @Override
    public List<Candidate> candidates(String key) {
        return data.candidates(key);
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
        return data.provenance();
    }

    public int placeCount() {
        return data.placeCount();
    }

    public int nameCount() {
        return data.keyCount();
    }
}
