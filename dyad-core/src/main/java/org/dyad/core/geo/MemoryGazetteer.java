package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
/**
 * A gazetteer held in maps, built by hand: for tests, small lists and the index loader.
 *
 * <pre>{@code
 * Gazetteer g = MemoryGazetteer.builder()
 *     .add(afghanistan, "Afghanistan")
 *     .demonym(afghanistan, "Afghan")
 *     .add(kabul, "Kabul", "Kabol")
 *     .build();
 * }</pre>
 */
public final class MemoryGazetteer implements Gazetteer {
    private final Map<String, List<Candidate>> byKey;
    private final Map<String, Place> countries;
    private final int maxNameTokens;

    private MemoryGazetteer(Builder b) {
        Map<String, List<Candidate>> m = new HashMap<>(b.byKey.size() * 2);
        b.byKey.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.byKey = m;
        this.countries = Map.copyOf(b.countries);
        this.maxNameTokens = b.maxNameTokens;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Candidate> candidates(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    @Override
    public Optional<Place> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    @Override
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** Number of distinct lookup keys. */
    public int keyCount() {
        return byKey.size();
    }

    /** Collects places and names; a place added under the same key twice is kept once. */
    public static final class Builder {
        private final Map<String, List<Candidate>> byKey = new HashMap<>();
        private final Map<String, Place> countries = new HashMap<>();
        private int maxNameTokens = 1;

        private Builder() {
        }

        /** Adds a place under its own name and any alternate names; a country is also indexed by its code. */
        public Builder add(Place place, String... names) {
            put(place.name(), new Candidate(place, NameKind.NAME));
            for (String n : names) {
                put(n, new Candidate(place, NameKind.NAME));
            }
            if (place.resolution() == Resolution.COUNTRY && !place.country().isEmpty()) {
                countries.putIfAbsent(place.country(), place);
            }
            return this;
        }

        /** Adds names that stand for a country's people or are its adjective ({@code Kenyan}). */
        public Builder demonym(Place place, String... demonyms) {
            for (String n : demonyms) {
                put(n, new Candidate(place, NameKind.DEMONYM));
            }
            return this;
        }

        /** Adds short forms of a first-level region, usable only in address patterns ({@code W.Va.}, {@code TX}). */
        public Builder abbreviation(Place region, String... abbreviations) {
            for (String n : abbreviations) {
                put(n, new Candidate(region, NameKind.ABBREVIATION));
            }
            return this;
        }

        private void put(String name, Candidate c) {
            String key = PlaceNames.normalize(name);
            if (key.isEmpty()) {
                return;
            }
            List<Candidate> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (int i = 0; i < list.size(); i++) {
                Candidate old = list.get(i);
                if (old.place().equals(c.place())) {
                    if (old.kind() != NameKind.NAME && c.kind() == NameKind.NAME) {
                        list.set(i, c);
                    }
                    return;
                }
            }
            list.add(c);
            maxNameTokens = Math.max(maxNameTokens, key.split(" ").length);
        }

        public MemoryGazetteer build() {
            return new MemoryGazetteer(this);
        }
    }
}
