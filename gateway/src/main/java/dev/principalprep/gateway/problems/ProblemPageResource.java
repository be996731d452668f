package dev.principalprep.gateway.problems;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.principalprep.problems.ProblemKind;

/**
 * The page each problem {@code type} points at ({@code /problems/invalid-input}, ...): what the problem means and
 * what a client can do about it, so the type of every error answer resolves to its documentation.
 */
@Path("/problems")
@Tag(name = "Problems", description = "What each kind of error answer means")
public class ProblemPageResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "listProblemTypes", summary = "Every kind of problem the platform answers with, linked to its page")
    @APIResponse(responseCode = "200", description = "An HTML index of the problem types", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING), examples = @ExampleObject(name = "index", value = "<!doctype html><title>Problem types</title><ul><li><a href=\"/problems/invalid-input\">400 Bad Request</a></li></ul>")))
    public String index() {
        return page("Problem types", Arrays.stream(ProblemKind.values())
                .map(kind -> "<li><a href=\"" + kind.type() + "\">" + kind.status() + " " + kind.title() + "</a>: "
                        + escape(kind.meaning()) + "</li>")
                .collect(Collectors.joining("", "<p>Every error answer is <code>application/problem+json</code> with"
                        + " <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>,"
                        + " <code>instance</code> and, for input errors, <code>violations</code>"
                        + " (<code>field</code>, <code>in</code>, <code>message</code>).</p><ul>", "</ul>")));
    }

    @GET
    @Path("/{kind}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getProblemType", summary = "What one kind of problem means and what a client can do about it")
    @APIResponse(responseCode = "200", description = "The HTML page of the problem type", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING), examples = @ExampleObject(name = "invalid-input", value = "<!doctype html><title>400 Bad Request</title><p>A parameter, a header or the body could not be read...</p>")))
    @APIResponse(responseCode = "404", description = "No such problem type", content = @Content(mediaType = "application/problem+json"))
    public String kind(@PathParam("kind") String slug) {
        ProblemKind kind = ProblemKind.bySlug(slug).orElseThrow(() -> new NotFoundException("No problem type " + slug));
        return page(kind.status() + " " + kind.title(), "<p><strong>type</strong>: <code>" + kind.type()
                + "</code></p><h2>What it means</h2><p>" + escape(kind.meaning()) + "</p><h2>What to do</h2><p>"
                + escape(kind.remedy()) + "</p><p><a href=\"" + ProblemKind.PAGES.substring(0, ProblemKind.PAGES.length() - 1)
                + "\">All problem types</a></p>");
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>" + escape(title) + "</title><h1>"
                + escape(title) + "</h1>" + body + "</html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("`([^`]+)`", "<code>$1</code>");
    }
}
