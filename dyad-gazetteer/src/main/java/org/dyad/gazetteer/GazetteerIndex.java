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
import org.dyad.core.facts.Place;
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
    private volatile Grid grid;

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

    /**
     * The populated place nearest to a point, if one lies within {@code maxKm}: a coarse reverse
     * geocoder (which country is this point in?). The first call builds a one-degree grid.
     */
    public Optional<Place> nearestPopulatedPlace(double lat, double lon, double maxKm) {
        Grid g = grid;
        if (g == null) {
            synchronized (this) {
                if (grid == null) {
                    grid = new Grid(data);
                }
                g = grid;
            }
        }
        int best = g.nearest(data, lat, lon, maxKm);
        return best < 0 ? Optional.empty() : Optional.of(data.place(best));
    }

    /** Populated places bucketed by one-degree cells of latitude and longitude. */
    private static final class Grid {
        private final int[] start = new int[180 * 360 + 1];
        private final int[] items;

        Grid(IndexFormat.Data data) {
            int[] count = new int[180 * 360];
            for (int i = 0; i < data.placeCount(); i++) {
                if (data.populated(i)) {
                    count[cell(data.lat(i), data.lon(i))]++;
                }
            }
            for (int c = 0; c < count.length; c++) {
                start[c + 1] = start[c] + count[c];
            }
            items = new int[start[count.length]];
            int[] fill = java.util.Arrays.copyOf(start, count.length);
            for (int i = 0; i < data.placeCount(); i++) {
                if (data.populated(i)) {
                    items[fill[cell(data.lat(i), data.lon(i))]++] = i;
                }
            }
        }

        int nearest(IndexFormat.Data data, double lat, double lon, double maxKm) {
            int reach = (int) Math.ceil(maxKm / 111.0 / Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat)) + 1))));
            int best = -1;
            double bestKm = maxKm;
            int row = row(lat);
            int col = col(lon);
            int rows = (int) Math.ceil(maxKm / 111.0);
            for (int r = Math.max(0, row - rows); r <= Math.min(179, row + rows); r++) {
                for (int dc = -Math.min(reach, 180); dc <= Math.min(reach, 179); dc++) {
                    int c = Math.floorMod(col + dc, 360);
                    int cell = r * 360 + c;
                    for (int j = start[cell]; j < start[cell + 1]; j++) {
                        int i = items[j];
                        double d = org.dyad.core.facts.Geo.distanceKm(lat, lon, data.lat(i), data.lon(i));
                        if (d <= bestKm) {
                            bestKm = d;
                            best = i;
                        }
                    }
                }
            }
            return best;
        }

        private static int cell(double lat, double lon) {
            return row(lat) * 360 + col(lon);
        }

        private static int row(double lat) {
            return Math.min(179, Math.max(0, (int) Math.floor(lat + 90)));
        }

        private static int col(double lon) {
            return Math.floorMod((int) Math.floor(lon + 180), 360);
        }
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
