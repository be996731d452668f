package dev.principalprep.progress.curriculum;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/curriculum/modules")
@Tag(name = "Curriculum", description = "The modules and items progress is tracked against")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {

    private final CurriculumService curriculum;

    public CurriculumResource(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    @GET
    @Operation(operationId = "listTrackedModules", summary = "List the modules progress is tracked against, with their items")
    @APIResponse(responseCode = "200", description = "The tracked modules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CurriculumModuleView.class), examples = @ExampleObject(name = "module-9", value = """
            [{"moduleId": "module-9", "version": 1, "title": "Career & Interview Strategy",
              "estimatedHoursMin": 10, "estimatedHoursMax": 12, "estimatedMinutesTotal": 20,
              "items": [{"id": "framework.step-1", "kind": "STEP", "title": "Clarify Requirements",
                         "estimatedMinutes": 20}]}]""")))
    public Uni<List<CurriculumModuleView>> list() {
        return curriculum.modules().map(modules -> modules.stream().map(CurriculumModuleView::of).toList());
    }
}
