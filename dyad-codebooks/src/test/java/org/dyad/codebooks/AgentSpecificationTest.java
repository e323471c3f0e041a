package org.dyad.codebooks;

import static org.dyad.codebooks.BundledActors.role;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roles the bundled agent dictionaries give common nouns; the last word may match by lemma. */
class AgentSpecificationTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            militants               | militant     | REB
            fighters                | fighter      | REB
            jihadists               | jihadist     | REB
            armed group             | group        | REB
            rebels                  | rebel        | REB
            troops                  | troops       | MIL
            soldiers                | soldier      | MIL
            paramilitary            | paramilitary | MIL
            special forces          | force        | MIL
            peacekeepers            | peacekeeper  | MIL
            security forces         | force        | COP
            police officer          | officer      | COP
            policemen               | policeman    | COP
            lawmakers               | lawmaker     | LEG
            congressman             | congressman  | LEG
            protesters              | protester    | OPP
            officials               | official     | GOV
            minister                | minister     | GOV
            foreign minister        | minister     | GOV
            deputy foreign minister | minister     | GOV
            defence minister        | minister     | GOVMIL
            ambassador              | ambassador   | GOV
            judge                   | judge        | JUD
            spy agency              | agency       | SPY
            journalists             | journalist   | MED
            refugees                | refugee      | REF
            civilians               | civilian     | CVL
            aid workers             | worker       | NGO
            health workers          | worker       | HLH
            doctors                 | doctor       | HLH
            students                | student      | EDU
            businessman             | businessman  | BUS
            """)
    void role_nouns_give_their_sector(String phrase, String lemma, String role) {
        assertEquals(role, role(phrase, lemma));
    }
}
