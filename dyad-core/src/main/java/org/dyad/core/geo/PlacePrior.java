package org.dyad.core.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.core.facts.Place;
import org.dyad.core.facts.Resolution;
/**
 * What a name means before the article says more: the population prior, a bonus by feature code,
 * how the name refers to the place, and eponymous cities (docs/geo.md, "Resolution").
 */
final class PlacePrior {
    /** Words that, ending a name, say it is a second-level region ({@code Scott County}). */
    static final Set<String> ADMIN2_WORDS = Set.of("county", "parish", "district", "borough", "prefecture", "municipality");

    private PlacePrior() {
    }

    /** Population prior, feature bonus and a small bonus when the key is the place's own name. */
    static double of(Candidate c, String key) {
        Place p = c.place();
        double s = Math.min(1.2, Math.log10(assumedPopulation(p) + 1) / 7.0);
        s += switch (p.featureCode()) {
            case "PCLI", "PCLD", "PCLS", "PCLF", "PCL", "PCLIX", "TERR" -> 0.6;
            case "CONT" -> 0.6;
            case "RGN" -> 0.45;
            case "ADM1" -> 0.35;
            case "ADM2" -> namesAdmin2(key) ? 0.35 : 0.0;
            case "PPLC" -> 0.25;
            case "PPLA" -> 0.12;
            case "PPLA2" -> 0.06;
            case "PPLX", "PPLL", "PPLQ", "PPLH" -> -0.05;
            default -> 0.0;
        };
        if (PlaceNames.normalize(p.name()).equals(key)) {
            s += 0.1;
        } else if (p.resolution() == Resolution.CITY && !p.featureCode().equals("PPLC")) {
            s -= 0.15; // an alternate name of a town is a weaker reading than a place's own name
        }
        if (c.kind() == NameKind.DEMONYM) {
            s -= 0.1;
        }
        return s;
    }

    /** The key ends in a second-level region's word: {@code scott county}, {@code orleans parish}. */
    static boolean namesAdmin2(String key) {
        int space = key.lastIndexOf(' ');
        return space > 0 && ADMIN2_WORDS.contains(key.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A city that holds a good share of the people of a same-named first-level region is what the
     * name usually means ({@code New York}), and so is a country's capital named like one of its
     * regions ({@code Washington}, {@code Kabul}): news names the capital, and names the region
     * with its word ({@code Washington state}) or among its neighbours, which context then reads.
     */
    static void eponymousCities(List<Candidate> cs, double[] prior) {
        for (int a = 0; a < cs.size(); a++) {
            Place region = cs.get(a).place();
            if (region.resolution() != Resolution.ADMIN1) {
                continue;
            }
            for (int c = 0; c < cs.size(); c++) {
                Place city = cs.get(c).place();
                boolean share = city.population() * 4 >= region.population() && city.population() >= 100_000;
                boolean capital = city.featureCode().equals("PPLC"); // Washington, D.C. beside the state
                if (city.resolution() == Resolution.CITY && city.country().equals(region.country()) && (share || capital)) {
                    prior[c] = Math.max(prior[c], prior[a] + 0.05);
                }
            }
        }
    }

    /**
     * Whether a candidate is a small town that shares its name with a country or first-level
     * region among the same candidates ({@code Jordan}, Minnesota beside Jordan; {@code Oklahoma},
     * Pennsylvania beside the state), or with a named region or sea ({@code Atlantic}, Iowa beside
     * the ocean). Such a town is read only when the text contains it
     * ({@code Paris, Texas}); the article's other places do not make it the reading.
     */
    static boolean shadowedTown(List<Candidate> cs, int k, String key) {
        Place p = cs.get(k).place();
        if (!(p.resolution() == Resolution.CITY || p.resolution() == Resolution.ADMIN2) || p.population() >= 100_000
                || p.featureCode().equals("PPLC")) {
            return false;
        }
        for (Candidate c : cs) {
            Resolution r = c.place().resolution();
            boolean ownName = PlaceNames.normalize(c.place().name()).equals(key);
            // a named region or sea shadows by any of its names: "Atlantic", "the Pacific"
            if (c.kind() == NameKind.NAME && (r == Resolution.REGION || ownName && (r == Resolution.COUNTRY || r == Resolution.ADMIN1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The population the prior uses: continents and named regions count as very large, a
     * first-level region whose population the gazetteer lacks as a middling one.
     */
    static long assumedPopulation(Place p) {
        if (p.featureClass().equals("L")) {
            return 100_000_000L;
        }
        if (p.resolution() == Resolution.ADMIN1 && p.population() == 0) {
            return 300_000L;
        }
        return p.population();
    }
}
