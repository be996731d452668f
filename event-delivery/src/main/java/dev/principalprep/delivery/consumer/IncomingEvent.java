package dev.principalprep.delivery.consumer;

/** A well-formed incoming event: its CloudEvents id, the topic it came from and its data. */
public record IncomingEvent<T>(String id, String topic, T data) {
}
