package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathCheckTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/curriculum/../learners/x/progress", "/api/v1/curriculum/%2e%2e/learners/x",
            "/api/v1/curriculum/%2E./learners", "/api/v1/modules/./module-9", "/api/v1//learners/x", "/api/v1/modules;x=1",
            "/api/v1/modules/a%2fb", "/api/v1/modules/a%5cb", "/api/v1/modules/a\\b", "/api/v1/modules/a%00b",
            "/api/v1/modules/a%0d%0ab", "/api/v1/modules/%zz", "/api/v1/modules/%c3%28", "api/v1/modules",
            "/api/v1/modules/a%4",
            "/api/v1/modules/a%", "/api/v1/modules/a%4g", "/api/v1/modules/a%g4", "/api/v1/modules/a%7f",
            "/api/v1/modules/a\u0001b" })
    void refusesPathsThatCouldMeanSomethingElse(String path) {
        assertTrue(PathCheck.problem(path).isPresent(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/modules/module-9", "/api/v1/search", "/", "/api/v1/learners/me/stories/3f2c",
            "/api/v1/modules/caf%C3%A9", "/swagger-ui/index.html", "/api/v1/modules/a.b..c", "/api/v1/modules/a%41",
            "/api/v1/modules/%41b", "/api/v1/modules/%30x", "/api/v1/search/caf%c3%a9s" })
    void passesPlainPaths(String path) {
        assertEquals(Optional.empty(), PathCheck.problem(path), path);
    }

    /** What skips decoding: printable ASCII without the characters the other checks look for. */
    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/modules/module-9", "/", "/api/v1/search", "/!~", "/a.b..c" })
    void takesPrintableAsciiForPlain(String path) {
        assertTrue(PathCheck.isPlainAscii(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/a b", "/a\u007fb", "/a\u0080b", "/café", "/a%41", "/a\\b", "/a;b", "/a\u001fb", "/a\tb" })
    void decodesEverythingElse(String path) {
        assertFalse(PathCheck.isPlainAscii(path), path);
    }
}
