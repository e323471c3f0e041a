package org.dyad.core.syntax;

/**
 * The Universal Dependencies relations Dyad reads (basic UD as CoreNLP writes them), by name, and
 * tests on relation labels. A subtype is written after a colon: {@code nsubj:pass}, {@code obl:agent}.
 */
public final class Rel {
    public static final String ROOT = "root";
    public static final String NSUBJ = "nsubj";
    public static final String NSUBJ_PASS = "nsubj:pass";
    public static final String CSUBJ = "csubj";
    public static final String OBJ = "obj";
    public static final String IOBJ = "iobj";
    public static final String OBL = "obl";
    public static final String OBL_AGENT = "obl:agent";
    public static final String OBL_TMOD = "obl:tmod";
    public static final String NMOD = "nmod";
    public static final String NMOD_POSS = "nmod:poss";
    public static final String NMOD_OF = "nmod:of";
    public static final String DET_POSS = "det:poss";
    public static final String AMOD = "amod";
    public static final String NUMMOD = "nummod";
    public static final String COMPOUND = "compound";
    public static final String COMPOUND_PRT = "compound:prt";
    public static final String APPOS = "appos";
    public static final String ACL = "acl";
    public static final String ADVCL = "advcl";
    public static final String XCOMP = "xcomp";
    public static final String CCOMP = "ccomp";
    public static final String COP = "cop";
    public static final String CONJ = "conj";
    public static final String CC_PRECONJ = "cc:preconj";
    public static final String CASE = "case";
    public static final String MARK = "mark";
    public static final String AUX = "aux";
    public static final String AUX_PASS = "aux:pass";
    public static final String ADVMOD = "advmod";
    public static final String NEG = "neg";
    public static final String DET = "det";
    public static final String DEP = "dep";
    public static final String EXPL = "expl";
    public static final String PARATAXIS = "parataxis";

    private Rel() {
    }

    /** The relation without its subtype: {@code obl} for {@code obl:agent}. */
    public static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon, or "" ({@code agent} for {@code obl:agent}, {@code of} for {@code nmod:of}). */
    public static String subtype(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }

    /** True when {@code relation} is {@code kind} or a subtype of it ({@code is("obl:agent", OBL)}). */
    public static boolean is(String relation, String kind) {
        return relation.equals(kind) || (relation.startsWith(kind) && relation.length() > kind.length()
                && relation.charAt(kind.length()) == ':');
    }

    /** A nominal or clausal subject of either voice: {@code nsubj}, {@code nsubj:pass}, {@code csubj} ... */
    public static boolean isAnySubject(String relation) {
        return is(relation, NSUBJ) || is(relation, CSUBJ);
    }

    /** A prepositional dependent: {@code obl} or {@code nmod} of any subtype. */
    public static boolean isObliqueOrNominal(String relation) {
        return is(relation, OBL) || is(relation, NMOD);
    }

    /** A clause that modifies a noun: {@code acl}, {@code acl:relcl}. */
    public static boolean isNounClause(String relation) {
        return is(relation, ACL);
    }

    /** An adverbial clause: {@code advcl} of any subtype. */
    public static boolean isAdverbialClause(String relation) {
        return is(relation, ADVCL);
    }
}
