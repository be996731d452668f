package dev.principalprep.gateway.contract;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Serves the one public contract, as JSON ({@code /openapi}, {@code /openapi.json}) or YAML ({@code /openapi.yaml}). */
@Path("/")
public class ContractResource {

    static final String YAML = "application/yaml";
    private static final YAMLMapper YAML_MAPPER = new YAMLMapper();

    private final ContractService contracts;

    public ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @GET
    @Path("openapi")
    @Produces({ MediaType.APPLICATION_JSON, YAML })
    @Operation(hidden = true)
    public Uni<Response> contract(@QueryParam("format") String format, @Context HttpServerRequest request) {
        boolean yaml = "yaml".equalsIgnoreCase(format)
                || (format == null && request.getHeader("Accept") != null && request.getHeader("Accept").contains("yaml"));
        return render(request, yaml);
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Uni<Response> json(@Context HttpServerRequest request) {
        return render(request, false);
    }

    @GET
    @Path("openapi.yaml")
    @Produces(YAML)
    @Operation(hidden = true)
    public Uni<Response> yaml(@Context HttpServerRequest request) {
        return render(request, true);
    }

    private Uni<Response> render(HttpServerRequest request, boolean yaml) {
        return contracts.contract(request.localAddress().port()).map(contract -> {
            try {
                return yaml ? Response.ok(YAML_MAPPER.writeValueAsString(contract), YAML).build()
                        : Response.ok(contract.toString(), MediaType.APPLICATION_JSON).build();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("contract not writable as YAML", e);
            }
        });
    }
}
