package org.dyad.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One stored event as a query returns it. {@code ploverType} is empty for codes PLOVER does not
 * type (statements, appeals, a dictionary's own codes).
 */
public record EventRow(long id, String articleId, Optional<LocalDate> date, String sourceCode, String sourceText,
        Optional<String> targetCode, Optional<String> targetText, String cameo, int quadClass, double goldstein,
        Optional<String> ploverType, Optional<String> ploverMode, Optional<String> ploverContext, String factuality,
        double confidence, String sentenceText, Optional<String> url, Optional<String> placeName,
        Optional<String> placeCountry, long incidentId) {}
