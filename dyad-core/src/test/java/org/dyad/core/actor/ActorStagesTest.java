package org.dyad.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.conventions.UnownedRoles;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.facts.PartyKind;
import org.dyad.core.testing.HandParsed;
import org.dyad.core.testing.TinyCodebooks;
import org.junit.jupiter.api.Test;

/** The actor stages one by one: matching, named actors with their typed basis and kind, then references. */
class ActorStagesTest {
    private final ActorDictionary actors = TinyCodebooks.actors("Gondor\tGON\tcountry", "Gondorian\tGON\tadjective",
            "Minas Tirith\tGON\tcapital", "Hamas\tPSEREBHMS\torganization", "United Nations\tIGOUNO\torganization",
            "Aragorn\tGONGOV\tperson");
    private final AgentDictionary agents = TinyCodebooks.agents("soldier\tMIL", "official\tGOV");
    private final ActorResolver names = new ActorResolver(actors, agents);
    private final ReferenceResolver references = new ReferenceResolver(actors, agents, UnownedRoles.LEFT_OUT);

    private static String typed(ActorMention m) {
        return m.text() + " " + m.code() + " " + m.basis() + " " + m.kind();
    }

    @Test
    void the_matcher_takes_the_longest_phrase_and_keeps_roles_apart_from_names() {
        Document doc = HandParsed.document("""
                Minas NNP Minas 2 compound
                Tirith NNP Tirith 4 nsubj
                Gondorian JJ Gondorian 4 amod
                soldiers NNS soldier 5 nsubj
                fought VBD fight 0 root
                """);
        List<DictionaryMatch> matches = new DictionaryMatcher(actors, agents).find(doc);
        assertEquals(List.of("0-2 actor", "2-3 actor", "3-4 agent"), matches.stream()
                .map(m -> m.first() + "-" + m.end() + " " + (m.isActor() ? "actor" : "agent")).toList());
    }

    @Test
    void named_actors_carry_what_they_rest_on_and_what_kind_of_party_they_are() {
        Document doc = names.apply(HandParsed.document("""
                Minas NNP Minas 2 compound
                Tirith NNP Tirith 6 nsubj
                , , , 2 punct
                Gondorian JJ Gondorian 5 amod
                soldiers NNS soldier 2 conj
                condemned VBD condemn 0 root
                Hamas NNP Hamas 6 obj
                """));
        assertEquals(List.of("Minas Tirith GONGOV CAPITAL STATE", "Gondorian soldiers GONMIL ROLE STATE",
                "Hamas PSEREBHMS NAME GROUP"), doc.actors().stream().map(ActorStagesTest::typed).toList());
        assertTrue(doc.has(LayerKind.ACTORS) && !doc.has(LayerKind.ACTOR_REFERENCES));
    }

    @Test
    void a_name_only_modifying_a_noun_is_a_modifier_and_no_party() {
        Document doc = names.apply(HandParsed.document("""
                Gondorian JJ Gondorian 2 amod
                farms NNS farm 3 nsubj
                burned VBD burn 0 root
                """));
        ActorMention gondorian = doc.actors().get(0);
        assertEquals(ActorBasis.MODIFIER, gondorian.basis());
        assertTrue(gondorian.isModifierOnly());
    }

    @Test
    void the_group_refers_back_to_a_group_whatever_dictionary_file_it_came_from() {
        Document doc = references.apply(names.apply(HandParsed.document("""
                Hamas NNP Hamas 2 nsubj
                fired VBD fire 0 root

                the DT the 2 det
                group NN group 3 nsubj
                denied VBD deny 0 root
                """)));
        ActorMention group = doc.actors().get(1);
        assertEquals("the group PSEREBHMS DESCRIPTION GROUP", typed(group));
        assertEquals("Hamas", group.antecedent().orElseThrow().text());
        assertTrue(doc.has(LayerKind.ACTOR_REFERENCES));
    }

    @Test
    void a_pronoun_takes_its_antecedents_code_and_kind() {
        Document doc = references.apply(names.apply(HandParsed.document("""
                the DT the 3 det
                United NNP United 3 compound
                Nations NNP Nations 4 nsubj
                said VBD say 0 root
                it PRP it 6 nsubj
                would MD would 7 aux
                help VB help 4 ccomp
                """)));
        assertEquals("it IGOUNO PRONOUN IGO", typed(doc.actors().get(1)));
    }

    @Test
    void a_code_alone_tells_a_state_a_group_an_igo_and_an_unknown_country() {
        assertEquals(PartyKind.STATE, PartyKind.of(new ActorCode("RUSGOV")));
        assertEquals(PartyKind.GROUP, PartyKind.of(new ActorCode("AFGREB")));
        assertEquals(PartyKind.GROUP, PartyKind.of(new ActorCode("NGOARN")));
        assertEquals(PartyKind.IGO, PartyKind.of(new ActorCode("IGOUNO")));
        assertEquals(PartyKind.UNKNOWN, PartyKind.of(ActorCode.ofUnknownCountry("GOV")));
    }
}
