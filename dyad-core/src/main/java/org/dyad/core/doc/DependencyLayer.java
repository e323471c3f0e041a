package org.dyad.core.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependency parse: for each token its head token (document-wide index, -1 for a root) and the
 * Universal Dependencies relation to it ({@code nsubj}, {@code obl:agent}, ...).
 *
 * <p>A layer may cover only some sentences (the fast path parses only sentences that can yield an
 * event): {@link #parsed(int)} says whether a token's sentence was parsed. An unparsed token is a
 * root with the relation {@code root}; stages that read the parse skip such tokens instead of
 * reading that placeholder as a parse.
 */
public final class DependencyLayer {
    private final int[] heads;
    private final String[] relations;
    private final int[][] children;
    private final boolean[] unparsed; // null when every token was parsed

    /** A parse of every token. */
    public DependencyLayer(int[] heads, String[] relations) {
        this(heads, relations, null);
    }

    /**
     * A parse of the tokens whose {@code parsed} flag is set; each other token must be a root
     * ({@code -1}) with the relation {@code root}, and no parsed token may depend on it.
     */
    public static DependencyLayer partial(int[] heads, String[] relations, boolean[] parsed) {
        if (parsed.length != heads.length) {
            throw new IllegalArgumentException("parsed flags and dependency arrays differ in length");
        }
        boolean[] unparsed = new boolean[parsed.length];
        boolean any = false;
        for (int i = 0; i < parsed.length; i++) {
            unparsed[i] = !parsed[i];
            any |= unparsed[i];
        }
        return new DependencyLayer(heads, relations, any ? unparsed : null);
    }

    private DependencyLayer(int[] heads, String[] relations, boolean[] unparsed) {
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("dependency arrays differ in length");
        }
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
                throw new IllegalArgumentException("token " + i + " has a bad head " + heads[i]);
            }
            if (relations[i] == null) {
                throw new IllegalArgumentException("token " + i + " has no relation");
            }
            if (heads[i] >= 0) {
                kids.get(heads[i]).add(i);
            }
        }
        if (unparsed != null) {
            for (int i = 0; i < heads.length; i++) {
                if (unparsed[i] && (heads[i] != -1 || !relations[i].equals("root"))) {
                    throw new IllegalArgumentException("unparsed token " + i + " must be a root with the relation root");
                }
                if (!unparsed[i] && heads[i] >= 0 && unparsed[heads[i]]) {
                    throw new IllegalArgumentException("parsed token " + i + " depends on unparsed token " + heads[i]);
                }
            }
        }
        this.unparsed = unparsed;
        this.heads = heads.clone();
        this.relations = relations.clone();
        this.children = new int[heads.length][];
        for (int i = 0; i < heads.length; i++) {
            children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public int size() {
        return heads.length;
    }

    /** Whether the token's sentence was parsed. */
    public boolean parsed(int token) {
        return unparsed == null || !unparsed[token];
    }

    /** Whether every token was parsed. */
    public boolean complete() {
        return unparsed == null;
    }

    public int head(int token) {
        return heads[token];
    }

    public String relation(int token) {
        return relations[token];
    }

    /** Dependents of {@code token} in text order. */
    public int[] children(int token) {
        return children[token].clone();
    }

    int childCount(int token) {
        return children[token].length;
    }

    int child(int token, int i) {
        return children[token][i];
    }
}
