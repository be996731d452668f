package dev.principalprep.problems;

/**
 * Input that is well-formed but cannot be used as given (an unknown catalog, tiers that do not add up): 422, naming the field.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
