package dev.principalprep.problems;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The query, path and header parameters a resource method declares (directly or in a {@code @BeanParam}), and
 * whether a raw value can become the declared type: so a bad parameter is answered 400 naming it and where it was,
 * before the framework's converter fails without saying which.
 */
final class ResourceParameters {

    /** Where a parameter comes from, and its name there. */
    record Source(String name, String in, Class<?> type) {
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,18}(\\.[0-9]{0,18})?|\\.[0-9]{1,18})");
    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Map<Method, List<Source>> SOURCES = new ConcurrentHashMap<>();

    private ResourceParameters() {
    }

    static List<Source> of(Method method) {
        return SOURCES.computeIfAbsent(method, ResourceParameters::read);
    }

    /**
     * The resource method a validation path names, as declared: the framework's generated subclasses override it
     * without the parameter annotations, so the topmost declaration is the one that says where each came from.
     */
    static Method method(Class<?> type, String name, List<Class<?>> parameterTypes) {
        Method declared = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                declared = c.getDeclaredMethod(name, parameterTypes.toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                // declared higher up, or only here
            }
        }
        return declared;
    }

    /** The source of a method's parameter, or of the named field of a bean parameter; null for the body. */
    static Source source(Method method, int index, String beanField) {
        Parameter parameter = method.getParameters()[index];
        if (parameter.isAnnotationPresent(BeanParam.class)) {
            if (beanField == null) {
                return null;
            }
            for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getName().equals(beanField)) {
                        return source(field.getAnnotations(), field.getType()).orElse(null);
                    }
                }
            }
            return null;
        }
        return source(parameter.getAnnotations(), parameter.getType()).orElse(null);
    }

    /** Why a raw value cannot become the declared type, or null when it can. */
    static String problem(Source source, String raw) {
        Class<?> type = source.type();
        if (!InputText.isCleanLine(raw)) {
            return InputText.CONTROL_CHARACTERS;
        }
        String value = raw.strip();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            if (!WHOLE.matcher(value).matches() || (type == int.class || type == Integer.class)
                    && (Long.parseLong(value) > Integer.MAX_VALUE || Long.parseLong(value) < Integer.MIN_VALUE)) {
                return "must be a whole number";
            }
        } else if (type == BigDecimal.class || type == double.class || type == Double.class) {
            if (!DECIMAL.matcher(value).matches()) {
                return "must be a number with at most " + NumberBounds.MAX_DIGITS
                        + " digits before and after the decimal point";
            }
        } else if (type == boolean.class || type == Boolean.class) {
            if (!value.equals("true") && !value.equals("false")) {
                return "must be true or false";
            }
        } else if (type == java.util.UUID.class) {
            if (!UUID.matcher(value).matches()) {
                return "must be a UUID";
            }
        } else if (type.isEnum()) {
            if (Arrays.stream(type.getEnumConstants()).noneMatch(constant -> ((Enum<?>) constant).name().equals(value))) {
                return JsonFailures.expected(type);
            }
        }
        return null;
    }

    private static List<Source> read(Method method) {
        List<Source> sources = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        source(field.getAnnotations(), field.getType()).ifPresent(sources::add);
                    }
                }
            } else {
                source(parameter.getAnnotations(), parameter.getType()).ifPresent(sources::add);
            }
        }
        return List.copyOf(sources);
    }

    private static Optional<Source> source(Annotation[] annotations, Class<?> type) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return Optional.of(new Source(query.value(), "query", type));
            }
            if (annotation instanceof PathParam path) {
                return Optional.of(new Source(path.value(), "path", type));
            }
            if (annotation instanceof HeaderParam header) {
                return Optional.of(new Source(header.value(), "header", type));
            }
        }
        return Optional.empty();
    }
}
