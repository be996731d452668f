package dev.principalprep.progress.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearnerDigestTest {

    @Test
    void isTheSha256OfTheIdInHex() {
        // sha256("abc"), from FIPS 180-2's examples
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LearnerDigest.of("abc"));
    }
}
