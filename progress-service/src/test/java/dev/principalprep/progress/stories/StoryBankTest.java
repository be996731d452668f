package dev.principalprep.progress.stories;

import static dev.principalprep.progress.support.Learners.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.progress.support.ProgressServiceTest;
import io.restassured.http.ContentType;

@ProgressServiceTest
class StoryBankTest {

    private static String body(StoryRequest story) throws Exception {
        return new ObjectMapper().writeValueAsString(story);
    }

    private static String add(String learner, StoryRequest story) throws Exception {
        return as(learner).contentType(ContentType.JSON).body(body(story))
                .when().post("/api/v1/learners/me/stories").then().statusCode(201).extract().path("id");
    }

    @Test
    void storiesAreWrittenCheckedAndCountedAgainstTheTarget() throws Exception {
        String strong = add("learner-stories", StoryCheckerTest.STRONG);
        String weak = add("learner-stories", StoryCheckerTest.WEAK);

        as("learner-stories").when().get("/api/v1/learners/me/stories").then().statusCode(200)
                .body("count", equalTo(2)).body("targetMin", equalTo(5))
                .body("target", equalTo("3 more to reach the module's 5 to 7"));
        as("learner-stories").when().get("/api/v1/learners/me/stories/" + strong + "/check").then().statusCode(200)
                .body("traitsMet", equalTo(5)).body("structureMet", equalTo(8)).body("credibilityMet", equalTo(2));
        as("learner-stories").when().get("/api/v1/learners/me/stories/" + weak + "/check").then().statusCode(200)
                .body("findings.find { it.rule == 'ACTION_FIRST_PERSON' }.met", equalTo(false));
        as("learner-stories").when().get("/api/v1/learners/me/stories/coverage").then().statusCode(200)
                .body("covered", equalTo(2))
                .body("questions.find { it.theme == 'INFLUENCE' }.storyIds", contains(strong))
                .body("questions.find { it.theme == 'CONFLICT' }.covered", equalTo(false));

        StoryRequest rewritten = new StoryRequest("A failed migration, owned", StoryCheckerTest.WEAK.situation(),
                "I had to move the billing database without downtime.", "I planned the cut-over and I ran it.",
                "It took 3 weekends instead of 1.", java.util.Set.of(Theme.FAILURE, Theme.BAD_NEWS));
        as("learner-stories").contentType(ContentType.JSON).body(body(rewritten))
                .when().put("/api/v1/learners/me/stories/" + weak).then().statusCode(200)
                .body("title", equalTo("A failed migration, owned"));
        as("learner-stories").when().get("/api/v1/learners/me/stories/coverage").then().body("covered", equalTo(3));
        as("learner-stories").when().delete("/api/v1/learners/me/stories/" + weak).then().statusCode(204);
        as("learner-stories").when().get("/api/v1/learners/me/stories").then().body("count", equalTo(1));
    }

    @Test
    void anotherLearnersStoriesAreNeverShown() throws Exception {
        String mine = add("learner-private", StoryCheckerTest.STRONG);
        as("learner-other").when().get("/api/v1/learners/me/stories/" + mine).then().statusCode(404)
                .body(not(org.hamcrest.Matchers.containsString("cross-team")));
        as("learner-other").when().get("/api/v1/learners/me/stories/" + mine + "/check").then().statusCode(404);
        as("learner-other").when().delete("/api/v1/learners/me/stories/" + mine).then().statusCode(404);
        as("learner-other").when().get("/api/v1/learners/learner-private/stories").then().statusCode(403);
        as("learner-private").when().get("/api/v1/learners/me/stories/" + mine).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing result    | result    |
            blank task        | task      | ' '
            oversize action   | action    | LONG
            NUL in the title  | title     | NUL
            escape in result  | result    | ESC
            """)
    void badStoriesAreRefusedAndNothingIsStored(String description, String field, String value) throws Exception {
        Map<String, Object> story = new ObjectMapper().convertValue(StoryCheckerTest.STRONG, Map.class);
        story.put(field, switch (String.valueOf(value)) {
            case "LONG" -> "x".repeat(4001);
            case "NUL" -> "Halving\u0000 the bill";
            case "ESC" -> "Cut 55%\u001b[2J";
            default -> value;
        });
        int before = as("learner-bad").when().get("/api/v1/learners/me/stories").then().extract().path("count");
        as("learner-bad").contentType(ContentType.JSON).body(new ObjectMapper().writeValueAsString(story))
                .when().post("/api/v1/learners/me/stories").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
        as("learner-bad").when().get("/api/v1/learners/me/stories").then().body("count", equalTo(before));
    }

    @Test
    void aControlCharacterInAPathIdIsABadRequestNamingIt() {
        as("learner-bad").urlEncodingEnabled(false).when().get("/api/v1/learners/me/stories/a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].in", equalTo("path"));
    }

    @Test
    void anUnknownThemeIsABadRequest() {
        as("learner-bad").contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"situation\": \"s s s s s\", \"task\": \"t t t t t\", \"action\": \"I a a a a\", "
                        + "\"result\": \"r 1\", \"themes\": [\"HEROISM\"]}")
                .when().post("/api/v1/learners/me/stories").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("must be one of"))
                .body(not(org.hamcrest.Matchers.containsString("dev.principalprep")));
    }
}
