package dev.principalprep.gateway.routing;

/**
 * A path and everything under it, whole segments only: {@code /api/v1/modules} covers {@code /api/v1/modules} and
 * {@code /api/v1/modules/module-9}, never {@code /api/v1/modules-old}. Its slash-ended form is made once, since every
 * request is matched against it.
 */
record PathPrefix(String path, String withSlash) {

    static PathPrefix of(String path) {
        return new PathPrefix(path, path + "/");
    }

    boolean covers(String requestPath) {
        return requestPath.startsWith(withSlash) || requestPath.equals(path);
    }
}
