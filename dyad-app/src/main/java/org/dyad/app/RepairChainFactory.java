package org.dyad.app;

import java.util.List;
import org.dyad.codebooks.Codebooks;
import org.dyad.codebooks.lexicon.BundledLexicons;
import org.dyad.core.geo.Gazetteer;
import org.dyad.core.text.Lexicon;
import org.dyad.core.text.RepairChains;
import org.dyad.core.text.TextRepair;

/**
 * The standard repair chain, its vocabulary the bundled English word list plus every name Dyad
 * knows: actors from the codebooks and places from the gazetteer ("Uzbekistan" is in no word list).
 */
final class RepairChainFactory {
    private RepairChainFactory() {
    }

    static List<TextRepair> standard(Codebooks books, Gazetteer gazetteer) {
        BundledLexicons lexicons = BundledLexicons.load();
        Lexicon names = RepairVocabulary.names(books, gazetteer);
        return RepairChains.standard(lexicons.englishWords(), names, lexicons.frequencies());
    }
}
