package dev.principalprep.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractResourceTest {

    @Test
    void servicesThatDoNotAnswerComeFromTheirLastGoodCopyMarkedStale() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("servers[0].url", equalTo("/"))
                .body("paths.'/api/v1/modules'.get.operationId", equalTo("listModules"))
                .body("paths.'/api/v1/search'.get.operationId", equalTo("searchContent"))
                .body("paths.'/api/v1/estimates'.post.operationId", equalTo("createEstimate"))
                .body("paths.'/api/v1/curriculum/modules'.get.operationId", equalTo("listTrackedModules"))
                .body("paths.'/api/v1/dev/tokens'.post.operationId", equalTo("issueDevToken"))
                .body("info.'x-stale-parts'", hasItems(org.hamcrest.Matchers.startsWith("content (copy of"),
                        org.hamcrest.Matchers.startsWith("cost (copy of"),
                        org.hamcrest.Matchers.startsWith("progress (copy of")))
                .body("info.description", containsString("may be stale"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("tags.name", hasItems("Modules", "Authoring", "Estimates", "Curriculum", "Development"));
    }

    @Test
    void theMergedContractIsValidOpenApi() {
        String contract = given().when().get("/openapi.json").then().statusCode(200).extract().asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(contract);
        assertTrue(parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        assertEquals("Principal Prep API", parsed.getOpenAPI().getInfo().getTitle());
        assertTrue(parsed.getOpenAPI().getPaths().size() > 20, "paths: " + parsed.getOpenAPI().getPaths().keySet());
    }

    @Test
    void isServedAsYamlAndInSwaggerUi() {
        given().when().get("/openapi.yaml").then().statusCode(200)
                .contentType(containsString("yaml")).body(containsString("openapi: \"3.1.0\""));
        given().queryParam("format", "yaml").when().get("/openapi").then().statusCode(200)
                .body(containsString("/api/v1/modules:"));
        given().when().get("/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().when().get("/swagger-ui/index.html").then().statusCode(200);
    }
}
