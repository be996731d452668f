package dev.principalprep.progress.tracking;

import java.util.Arrays;

/** Reads RFC 7240's {@code Prefer: return=minimal}: the client wants no body, only the status and the ETag. */
final class ReturnPreference {

    static final String MINIMAL = "return=minimal";

    private ReturnPreference() {
    }

    /** Whether the Prefer header asks for {@value #MINIMAL} (a preference's parameters and case do not matter). */
    static boolean minimal(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(","))
                .map(preference -> preference.split(";", 2)[0].replace("\"", "").replace(" ", ""))
                .anyMatch(MINIMAL::equalsIgnoreCase);
    }
}
