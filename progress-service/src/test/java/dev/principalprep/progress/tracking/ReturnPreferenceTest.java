package dev.principalprep.progress.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnPreferenceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                                   | false
            return=minimal                         | true
            RETURN=Minimal                         | true
            return = minimal                       | true
            return="minimal"                       | true
            respond-async, return=minimal; x=1     | true
            return=representation                  | false
            respond-async                          | false
            x; return=minimal                      | false
            return=minimalist                      | false
            """)
    void readsTheReturnPreference(String prefer, boolean minimal) {
        assertEquals(minimal, ReturnPreference.minimal(prefer));
    }
}
