package dev.principalprep.content.modules;

/** Ids are readable slugs: lower-case letters, digits and dashes, stable across versions. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,79}";

    private Slugs() {
    }
}
