package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What coded an article: the Dyad version and the hash of every dictionary used. Every stored
 * event points to the provenance it was coded with.
 *
 * <pre>{@code
 * new CodingProvenance("0.1.0", Map.of("phoenix-verbs", "sha256:9f2c..."))
 * }</pre>
 */
public record CodingProvenance(String dyadVersion, Map<String, String> dictionaryHashes) {
    public CodingProvenance {
        if (dyadVersion == null || dyadVersion.isBlank()) {
            throw new IllegalArgumentException("coding provenance needs the Dyad version");
        }
        if (dictionaryHashes == null) {
            throw new IllegalArgumentException("coding provenance needs a dictionary-hash map (it may be empty)");
        }
        dictionaryHashes.forEach((name, hash) -> {
            if (name.isBlank() || hash == null || hash.isBlank()) {
                throw new IllegalArgumentException("dictionary '" + name + "' needs a name and a hash");
            }
        });
        dictionaryHashes = Map.copyOf(dictionaryHashes);
    }

    /** Provenance for events stored without coding, e.g. by imports and benchmarks. */
    public static CodingProvenance uncoded(String dyadVersion) {
        return new CodingProvenance(dyadVersion, Map.of());
    }

    /** A stable sha-256 over the version and the sorted dictionary hashes. */
    String fingerprint() {
        StringBuilder sb = new StringBuilder(dyadVersion).append('\n');
        new TreeMap<>(dictionaryHashes).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
