package dev.principalprep.delivery.consumer;

/**
 * A record that can never be applied, whatever is retried: unreadable, of another type, or against its schema. It
 * goes to the dead-letter topic with this message as its {@code dead-letter-reason} header.
 */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String reason) {
        super(reason);
    }
}
