package dev.principalprep.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class RouteTemplatesTest {

    private final RouteTemplates templates = RouteTemplates.of(read("""
            {"paths": {
              "/api/v1/estimates": {"get": {}, "post": {}},
              "/api/v1/estimates/{id}": {"get": {}, "parameters": []},
              "/api/v1/estimates/presets": {"get": {}},
              "/api/v1/learners/{learner}/stories/{id}": {"put": {}, "delete": {}}}}"""));

    @Test
    void labelsAPathWithItsTemplateNeverItsIds() {
        assertEquals("/api/v1/learners/{learner}/stories/{id}", label("/api/v1/learners/learner-42/stories/s-9"));
        assertEquals("/api/v1/estimates/{id}", label("/api/v1/estimates/0b6f3c1e"));
        assertEquals(java.util.Optional.empty(), templates.match("/api/v1/learners/learner-42/secrets"));
    }

    @Test
    void theMostLiteralTemplateWins() {
        assertEquals("/api/v1/estimates/presets", label("/api/v1/estimates/presets"));
    }

    @Test
    void knowsTheMethodsOfEachTemplate() {
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), templates.match("/api/v1/estimates").orElseThrow().methods());
        assertEquals(Set.of("PUT", "DELETE", "OPTIONS"),
                templates.match("/api/v1/learners/a/stories/b").orElseThrow().methods());
    }

    private String label(String path) {
        return templates.match(path).orElseThrow().path();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
