package org.dyad.gazetteer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.geo.Candidate;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;
import org.junit.jupiter.api.Test;

class IndexFormatTest {

    @Test
    void an_index_reads_back_what_was_written() throws IOException {
        Place freedonia = new Place(-1, "Freedonia", "FRE", "", 10.5, 20.25, "A", "PCLI", 1_000_000);
        Place fredville = new Place(42, "Fredville", "FRE", "North", -5.125, 100.5, "P", "PPLA", 12_345);
        Map<String, List<Candidate>> names = new LinkedHashMap<>();
        names.put("freedonia", List.of(new Candidate(freedonia, NameKind.NAME)));
        names.put("freedonian", List.of(new Candidate(freedonia, NameKind.DEMONYM)));
        names.put("fredville", List.of(new Candidate(fredville, NameKind.NAME)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IndexFormat.write(new IndexFormat.Contents("test data", List.of(freedonia, fredville), names), new DataOutputStream(bytes));
        IndexFormat.Data back = IndexFormat.read(bytes.toByteArray());

        assertEquals("test data", back.provenance());
        assertEquals(2, back.placeCount());
        assertEquals(freedonia, back.place(0));
        assertEquals(fredville, back.place(1));
        for (Map.Entry<String, List<Candidate>> e : names.entrySet()) {
            assertEquals(e.getValue(), back.candidates(e.getKey()));
        }
        assertEquals(List.of(), back.candidates("fredonia"));
    }

    @Test
    void a_foreign_file_is_rejected_with_a_reason() {
        IOException e = assertThrows(IOException.class,
                () -> IndexFormat.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertEquals("not a Dyad gazetteer index (bad magic number)", e.getMessage());
    }
}
