package dev.principalprep.tokens;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Every bearer token the application verifies (Quarkus's JWT mechanism calls {@link #parse(String)} on each request
 * that carries one) is checked once and then answered from {@link VerifiedTokens} until its expiry: a service behind
 * the gateway otherwise spent a tenth of an estimate's processor time on the same RSA signature check again.
 */
@Decorator
@Priority(1)
public abstract class RememberedTokens implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    @Inject
    VerifiedTokens<JsonWebToken> tokens;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return tokens.verify(token, parser::parse);
    }
}
