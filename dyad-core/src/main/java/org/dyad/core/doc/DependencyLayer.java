package org.dyad.core.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependency parse: for each token its head token (document-wide index, -1 for a root) and the
 * Universal Dependencies relation to it ({@code nsubj}, {@code obl:agent}, ...).
 */
public final class DependencyLayer {
    private final int[] heads;
    private final String[] relations;
    private final int[][] children;

    public DependencyLayer(int[] heads, String[] relations) {
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
