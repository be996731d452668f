package dev.principalprep.e2e.hostile;

import java.util.Map;

/**
 * One hostile request: what it tries, and whether a correct platform must refuse it (a 4xx); reads by anonymous or
 * forged callers on public routes may be answered.
 */
public record HostileRequest(String name, String method, String path, Map<String, String> headers, byte[] body,
        boolean mustBeRefused) {
}
