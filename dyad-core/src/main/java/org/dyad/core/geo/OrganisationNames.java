package org.dyad.core.geo;

import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.doc.TokenLayer;

/**
 * Organisations named after the place they serve: {@code the Alachua Sheriff's Office},
 * {@code Thames Valley Police}, {@code Hartford Hospital}, {@code the Boston University campus}. The place before such a head word is a mention of
 * that place (issue 19: a place inside an organisation's name is a mention of it), not a word glued
 * to a longer name. {@code University of X} is read by the recogniser itself: the {@code of} before a
 * name does not glue it.
 */
final class OrganisationNames {
    /** Head words of local public bodies and institutions that take a place's name first. */
    private static final Set<String> HEADS = Set.of("Police", "Sheriff", "Sheriff's", "Fire", "Council", "Airport",
            "Hospital", "University", "College", "School", "Schools", "Library", "Museum", "Zoo", "Port", "Harbor",
            "Harbour", "Courthouse", "Jail", "Prison", "Highway", "Township");
    /** Words that head institutions themselves: never a place before a head word ({@code University Hospital}). */
    private static final Set<String> INSTITUTIONS = Set.of("Justice", "Health", "Agency", "National", "Federal", "Royal",
            "General", "Memorial", "Central", "Union", "State", "Community", "Public", "Regional", "Children's", "Veterans");

    /** Bodies named by their field after {@code of}: {@code Department of Justice}, {@code Chamber of Commerce}. */
    private static final Set<String> BODIES = Set.of("Department", "Ministry", "Minister", "Secretary", "Office", "Bureau",
            "Board", "Commission", "Commissioner", "Committee", "Chamber", "Court", "Academy", "Institute", "House", "Director");

    private OrganisationNames() {
    }

    /**
     * Whether the name at {@code first} is the field of a body ({@code Department of Justice},
     * {@code Ministry of Health}, {@code Chamber of Commerce}) or a whole organisation NER names
     * ({@code Congress}): there only a well-known place is a place, never a small town called
     * Justice, Energy or Congress.
     */
    static boolean bodyOrField(Document doc, int first, int end) {
        TokenLayer tokens = doc.tokens();
        if (first > 1 && tokens.word(first - 1).equals("of") && BODIES.contains(tokens.word(first - 2))) {
            return true;
        }
        if (doc.has(LayerKind.ENTITIES)) {
            for (EntityMention e : doc.entities()) {
                if (e.type().equals("ORGANIZATION") && e.firstToken() == first && e.endToken() == end) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A head word or an administrative word that, before {@code of}, begins an organisation's name
     * ({@code Department of Transportation}, {@code Office of}, {@code State of Emergency}).
     */
    static boolean head(String word) {
        return HEADS.contains(word) || word.equals("Department") || word.equals("Office") || word.equals("State")
                || word.equals("Province") || word.equals("District");
    }

    /**
     * Whether the name over tokens {@code [first, end)} begins an organisation named after it: the
     * token at {@code end} is a head word and no capitalised word runs into the name from the left
     * ({@code the Royal Free Hospital} is named after no place called Free).
     */
    static boolean placeFirst(TokenLayer tokens, int first, int end) {
        if (end >= tokens.size() || tokens.start(end) - tokens.end(end - 1) > 1) {
            return false;
        }
        boolean joinedLeft = first > 0 && tokens.start(first) - tokens.end(first - 1) <= 1
                && PlaceRecognizer.capitalised(tokens.word(first - 1)) && !tokens.word(first - 1).equals("The");
        boolean institution = end - first == 1 && (INSTITUTIONS.contains(tokens.word(first)) || HEADS.contains(tokens.word(first)));
        return !joinedLeft && !institution && HEADS.contains(tokens.word(end));
    }
}
