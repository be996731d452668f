package dev.principalprep.problems;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Says in a client's words what was wrong with a JSON body, and where: never the parser's own message. */
final class JsonFailures {

    private JsonFailures() {
    }

    static Problem problem(JsonProcessingException failure, String instance) {
        if (failure instanceof StreamConstraintsException) {
            return invalid("The body nests deeper than " + StrictJson.MAX_NESTING
                    + " levels, or holds a number or a text longer than allowed", instance, "body");
        }
        if (!(failure instanceof JsonMappingException mapping)) {
            return invalid("The body is not valid JSON" + at(failure.getLocation()), instance, "body");
        }
        String field = field(mapping.getPath());
        String message;
        if (failure instanceof StrictJson.RefusedValue) {
            message = failure.getOriginalMessage();
        } else if (failure instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = "is not a known field";
        } else if (failure instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()
                && failure.getOriginalMessage() != null && failure.getOriginalMessage().startsWith("Trailing token")) {
            return invalid("Nothing may follow the JSON document", instance, "body");
        } else if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = expected(mismatch.getTargetType());
        } else {
            message = "could not be read";
        }
        String name = field.isEmpty() ? "body" : field;
        return Problem.of(ProblemKind.INVALID_INPUT, name + " " + message, instance,
                List.of(Problem.Violation.body(name, message)));
    }

    private static Problem invalid(String detail, String instance, String field) {
        return Problem.of(ProblemKind.INVALID_INPUT, detail, instance, List.of(Problem.Violation.body(field, detail)));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** {@code workload.storage.totalTb}, {@code roles[1]}. */
    static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** What a value of this type looks like in JSON, in words. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "must be a text";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO 8601 date or time";
        }
        if (type == java.util.UUID.class) {
            return "must be a UUID";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be an object";
        }
        return "could not be read";
    }
}
