package dev.principalprep.progress.inbox;

/** An event that can never be applied; the consumer fails it so it goes to the dead-letter topic. */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String reason) {
        super(reason);
    }
}
