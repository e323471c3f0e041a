package org.dyad.codebooks;

import static org.dyad.codebooks.BundledActors.day;
import static org.dyad.codebooks.BundledActors.wholeCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audit of the Factbook's party names and acronyms (issue 15): a party line must not shadow a
 * name news uses for something else. A short name that another country's party name contains is
 * generic ("Communist Party", "Reform Party": China's, the US one) and must be taken away; an
 * acronym the organisation, company and media files also list takes their code (AFP the agency,
 * not Senegal's party); and the names the corpus audit found used otherwise stay taken away.
 */
class FactbookPartyNamesTest {
    /** Any date inside the Factbook's snapshots. */
    private static final LocalDate DATE = day("2020-06-01");

    /** The Factbook's party phrases with their codes, as the bundled file lists them. */
    private static Map<String, String> factbookParties() throws IOException {
        return organisations("factbook.leaders.actors.tsv");
    }

    /** The organisation phrases of a bundled actor file with their first codes. */
    private static Map<String, String> organisations(String file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = FactbookPartyNamesTest.class.getResourceAsStream("/org/dyad/codebooks/dict/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length >= 3 && f[2].equals("organization")) {
                    out.putIfAbsent(f[0], f[1]);
                }
            }
        }
        return out;
    }

    @Test
    void no_generic_party_name_stands_for_one_countrys_party() throws IOException {
        Map<String, String> parties = factbookParties();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> p : parties.entrySet()) {
            String name = p.getKey();
            if (name.split(" ").length > 2 || !name.contains(" ")) {
                continue; // long names are specific; acronyms are checked below
            }
            Pattern inside = Pattern.compile("(^|.*[\\s-])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "($|[\\s-].*)");
            boolean generic = parties.entrySet().stream().anyMatch(o -> !o.getKey().equals(name)
                    && !o.getValue().substring(0, 3).equals(p.getValue().substring(0, 3))
                    && inside.matcher(o.getKey().toLowerCase(Locale.ROOT)).matches());
            if (generic && !wholeCode(name, DATE).isEmpty()) {
                wrong.add(name + " " + wholeCode(name, DATE));
            }
        }
        assertEquals(List.of(), wrong, "short party names inside other countries' party names, still a party: "
                + "take each away with a '---' line in dyad.actors.tsv, or give it the party news means");
    }

    @Test
    void an_acronym_the_organisation_company_or_media_files_list_takes_their_code() throws IOException {
        List<String> acronyms = factbookParties().keySet().stream().filter(n -> n.equals(n.toUpperCase(Locale.ROOT))
                && !n.contains(" ")).toList();
        assertTrue(acronyms.size() > 500, "the file still gives acronyms: " + acronyms.size());
        Map<String, String> listed = new LinkedHashMap<>();
        for (String file : List.of("dyad.organizations.actors.tsv", "dyad.companies.actors.tsv", "dyad.groups.actors.tsv")) {
            organisations(file).forEach((phrase, code) -> listed.putIfAbsent(phrase.toLowerCase(Locale.ROOT), code));
        }
        List<String> wrong = new ArrayList<>();
        for (String a : acronyms) {
            String code = listed.get(a.toLowerCase(Locale.ROOT));
            if (code != null && !wholeCode(a, DATE).equals(code)) {
                wrong.add(a + " " + wholeCode(a, DATE) + " for " + code);
            }
        }
        assertEquals(List.of(), wrong, "Factbook acronyms shadowing an organisation, company or medium");
        assertEquals("FRAMED", wholeCode("AFP", DATE), "the agency, not Senegal's Alliance des Forces de Progres");
    }

    @ParameterizedTest(name = "{0} is no party: {1}")
    @CsvSource(delimiter = '|', value = {
            "Northern Ireland|a note in parentheses, 'Alliance Party (Northern Ireland)'",
            "Communist Party|China's, Portugal's, Chile's ...; bare only in Cyprus's line",
            "Reform Party|the US Reform Party in Wikinews, Senegal's in the Factbook",
            "Independent Party|the American Independent Party in Wikinews",
            "JHU|Johns Hopkins University data in Wikinews",
            "PCI|a Project of Common Interest in Wikinews",
            "PNH|Haiti's national police in VOA",
            "RPG|a role-playing game, a rocket-propelled grenade",
            "IRL|in real life"})
    void a_name_news_uses_for_something_else_is_no_factbook_party(String name, String why) {
        assertEquals("", wholeCode(name, DATE), why);
    }
}
