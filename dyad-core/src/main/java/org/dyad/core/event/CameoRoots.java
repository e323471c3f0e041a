package org.dyad.core.event;

/** CAMEO roots the coder's steps treat alike, named once. */
final class CameoRoots {
    /** Public statements (root 01): no PLOVER type; a statement that obliges a named party is a demand. */
    static final String STATEMENT = "01";

    private CameoRoots() {
    }

    /** True for a code of root 01. */
    static boolean isStatement(String code) {
        return code.startsWith(STATEMENT);
    }
}
