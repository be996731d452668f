package dev.principalprep.problems;

/**
 * Input that is well-formed but cannot be used as given: 422 by default (an unknown catalog, tiers that do not add
 * up), or 409 when it clashes with what exists (a duplicate id). Names the offending field.
 */
public class InvalidInput extends RuntimeException {

    private final int status;
    private final String field;

    public InvalidInput(String field, String message) {
        this(422, field, message);
    }

    public InvalidInput(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static InvalidInput conflict(String field, String message) {
        return new InvalidInput(409, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
