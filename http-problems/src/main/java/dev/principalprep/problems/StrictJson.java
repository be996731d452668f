package dev.principalprep.problems;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON as every service reads it: nothing may follow the document, numbers are numbers (no text, no fractions
 * where whole numbers go), nesting, numbers and text are bounded while
 * parsing, decimals are bounded in digits before anything computes with them, and text holds no control characters.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int MAX_NESTING = 64;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_TEXT_LENGTH = 1_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // 2.5 minutes is not 2, "20" is text, not a number, and 20 is a number, not text.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_TEXT_LENGTH).build());
        mapper.registerModule(new SimpleModule("strict-json").addDeserializer(String.class, new CleanText())
                .addDeserializer(BigDecimal.class, new BoundedDecimal()));
    }

    /** A value in the body that parsed but is refused; its message is written for the client. */
    public static final class RefusedValue extends JsonMappingException {

        RefusedValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    private static final class CleanText extends StdScalarDeserializer<String> {

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !InputText.isClean(text)) {
                throw new RefusedValue(parser, InputText.CONTROL_CHARACTERS);
            }
            return text;
        }
    }

    private static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && !NumberBounds.isWithin(value)) {
                throw new RefusedValue(parser, NumberBounds.TOO_MANY_DIGITS);
            }
            return value;
        }
    }
}
