package dev.principalprep.events;

/**
 * One event type of the catalogue: its CloudEvents {@code type}, the JSON schema its data follows (a classpath
 * resource of this module) and the record it reads into.
 */
public record EventType<T>(String type, String schema, Class<T> data) {
}
