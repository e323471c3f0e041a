package org.dyad.gazetteer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

    @Test
    void latin_alternate_names_are_kept_and_codes_and_other_scripts_are_not() {
        assertTrue(IndexBuilder.usableAlternate("Kabol"));
        assertTrue(IndexBuilder.usableAlternate("Sant Julià de Lòria"));
        assertFalse(IndexBuilder.usableAlternate("LAX"), "an airport code would match acronyms");
        assertFalse(IndexBuilder.usableAlternate("Кабул"));
        assertFalse(IndexBuilder.usableAlternate("75001"));
    }

    @Test
    void a_tarball_with_the_wrong_checksum_is_refused_with_what_to_do(@TempDir Path dir) throws IOException {
        Path tgz = Files.write(dir.resolve("data.tgz"), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> IndexBuilder.verify(tgz, "00"));
        assertTrue(e.getMessage().contains("delete the file so the build fetches it again"), e.getMessage());
        IndexBuilder.verify(tgz, IndexBuilder.sha256(new byte[] {1, 2, 3}));
    }

    @Test
    void country_info_gives_codes_names_and_nationalities() {
        CountryInfo info = CountryInfo.parse("""
                <Country>
                <CountryCode>FRE</CountryCode>
                <CountryName>REPUBLIC_OF_FREEDONIA</CountryName>
                <ISO3166-alpha2>FD</ISO3166-alpha2>
                <ISO3166-alpha3>FRE</ISO3166-alpha3>
                <Nationality>
                \tFREEDONIAN_
                \tFREEDONIA_(OLD) # parenthesised forms are skipped
                </Nationality>
                </Country>
                """);
        CountryInfo.Entry e = info.entries().get(0);
        assertEquals("FD", e.iso2());
        assertEquals("FRE", e.iso3());
        assertEquals("REPUBLIC OF FREEDONIA", e.name());
        assertEquals(java.util.List.of("FREEDONIAN"), e.nationality());
    }
}
