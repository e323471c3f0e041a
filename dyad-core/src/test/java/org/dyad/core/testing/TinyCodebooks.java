package org.dyad.core.testing;

import java.io.StringReader;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.event.NounEventDictionary;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.ontology.CameoOntology;

/** Small dictionaries written inline, so each test shows the entries it relies on. */
public final class TinyCodebooks {
    private TinyCodebooks() {
    }

    public static ActorDictionary actors(String... rows) {
        return DictionaryReader.actors(parse("#format dyad-actors/1", rows), "test.actors");
    }

    public static AgentDictionary agents(String... rows) {
        return DictionaryReader.agents(parse("#format dyad-agents/1", rows), "test.agents");
    }

    public static VerbDictionary verbs(String... rows) {
        return VerbDictionary.read(parse("#format dyad-verbs/1", rows), "test.verbs");
    }

    public static NounEventDictionary nouns(String... rows) {
        return NounEventDictionary.read(parse("#format dyad-nouns/1", rows), "test.nouns");
    }

    /** A few CAMEO codes with their real names, quad classes, Goldstein scores and PLOVER types. */
    public static CameoOntology cameo() {
        return cameoWith();
    }

    /** {@link #cameo()} and more rows in the table's format (code, digits, root, names, quad class, ...). */
    public static CameoOntology cameoWith(String... moreRows) {
        String header = "cameo_code\tdigits\troot\tname_gdelt\tname_cameo_codefile_0.7b5\tname_icews_variant\tquad_phoenix\t"
                + "goldstein_gdelt\tgoldstein_phoenix\tplover_event_2021\tplover_mode_2021\tplover_context_2021\n";
        String rows = String.join("\n",
                "03\t2\t03\tEXPRESS INTENT TO COOPERATE\tExpress intent to cooperate\t\t1\t4.0\t4.0\tAGREE\t\t",
                "031\t3\t03\tExpress intent to cooperate materially\tExpress intent to engage in material cooperation\t\t1\t5.2\t5.2\tAGREE\t\t",
                "036\t3\t03\tExpress intent to meet\tExpress intent to meet or negotiate\t\t1\t4.0\t4.0\tAGREE\t\t",
                "04\t2\t04\tCONSULT\tConsult\t\t1\t1.0\t1.0\tCONSULT\t\t",
                "040\t3\t04\tConsult\tConsult\t\t1\t1.0\t1.0\tCONSULT\t\t",
                "05\t2\t05\tDIPLOMATIC COOPERATION\tEngage in diplomatic cooperation\t\t1\t3.5\t3.5\tSUPPORT\t\t",
                "057\t3\t05\tSign agreement\tSign formal agreement\t\t1\t8.0\t8.0\tAGREE\t\t",
                "06\t2\t06\tMATERIAL COOPERATION\tMaterial cooperation\t\t2\t6.0\t6.0\tCOOPERATE\t\t",
                "062\t3\t06\tCooperate militarily\tCooperate militarily\t\t2\t7.4\t7.4\tCOOPERATE\t\tmilitary",
                "16\t2\t16\tREDUCE RELATIONS\tReduce relations\t\t3\t-4.0\t-4.0\tSANCTION\t\t",
                "163\t3\t16\tImpose sanctions\tImpose embargo, boycott, or sanctions\t\t3\t-8.0\t-6.5\tCOERCE\trestrict\tdiplomatic",
                "17\t2\t17\tCOERCE\tCoerce\t\t4\t-7.0\t-7.0\tCOERCE\t\t",
                "173\t3\t17\tArrest\tArrest, detain, or charge with legal action\t\t4\t-5.0\t-5.0\tCOERCE\tarrest\tlegal",
                "19\t2\t19\tFIGHT\tFight\t\t4\t-10.0\t-10.0\tASSAULT\t\t",
                "190\t3\t19\tUse conventional military force\tUse conventional military force\t\t4\t-10.0\t-10.0\tASSAULT\t\tmilitary",
                "192\t3\t19\tOccupy territory\tOccupy territory\t\t4\t-9.5\t-9.5\tCOERCE\tseize\tmilitary");
        String more = moreRows.length == 0 ? "" : String.join("\n", moreRows) + "\n";
        return CameoOntology.read(new StringReader(header + rows + "\n" + more), "test");
    }

    private static DictionaryReader.Parsed parse(String format, String... rows) {
        return DictionaryReader.parse(new StringReader(format + "\n" + String.join("\n", rows) + "\n"), "test");
    }
}
