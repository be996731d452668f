package dev.principalprep.delivery.consumer;

import java.time.Instant;

/**
 * A well-formed incoming event: its CloudEvents id, the topic it came from, its data, and when the fact happened (its
 * {@code ce_time}; null when the producer did not say).
 */
public record IncomingEvent<T>(String id, String topic, T data, Instant time) {
}
