package dev.principalprep.progress.push.lrs;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import dev.principalprep.progress.push.PushClient;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** LRS endpoints registered by ld-admins, with where their forwarding stands; each write is logged. */
@ApplicationScoped
public class LrsEndpoints {

    private static final Logger LOG = Logger.getLogger(LrsEndpoints.class);
    private static final String COLUMNS = "id, url, username, created_by, created_at, forwarded, cursor_stored, "
            + "last_success_at, last_error, last_error_at, attempts, next_attempt_at";

    private final Pool pool;
    private final PushClient client;

    public LrsEndpoints(Pool pool, PushClient client) {
        this.pool = pool;
        this.client = client;
    }

    /** Registers an endpoint; forwarding starts from the beginning of the statement log. */
    public Uni<LrsViews.Endpoint> register(LrsViews.Request request, String admin) {
        String url = request.url().endsWith("/") ? request.url().substring(0, request.url().length() - 1)
                : request.url();
        UUID id = UUID.randomUUID();
        return client.requireTarget("url", url)
                .chain(() -> pool.preparedQuery("insert into lrs_endpoint (id, url, username, password, created_by) "
                        + "values ($1, $2, $3, $4, $5) returning " + COLUMNS)
                        .execute(Tuple.of(id, url, request.key(), request.secret(), admin)))
                .map(rows -> endpoint(rows.iterator().next()))
                .invoke(created -> LOG.infof("ld-admin %s registered LRS endpoint %s at %s", admin, id, url));
    }

    public Uni<List<LrsViews.Endpoint>> list() {
        return pool.query("select " + COLUMNS + " from lrs_endpoint order by created_at, id").execute()
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(LrsEndpoints::endpoint).toList());
    }

    public Uni<LrsViews.Endpoint> get(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from lrs_endpoint where id = $1").execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new NotFoundException("No LRS endpoint " + id);
                    }
                    return endpoint(rows.iterator().next());
                });
    }

    public Uni<Void> delete(UUID id, String admin) {
        return pool.preparedQuery("delete from lrs_endpoint where id = $1").execute(Tuple.of(id)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw new NotFoundException("No LRS endpoint " + id);
            }
            LOG.infof("ld-admin %s removed LRS endpoint %s", admin, id);
            return null;
        });
    }

    private static LrsViews.Endpoint endpoint(Row row) {
        return new LrsViews.Endpoint(row.getUUID("id"), row.getString("url"), row.getString("username"),
                row.getString("created_by"), row.getOffsetDateTime("created_at"),
                new LrsViews.Status(row.getLong("forwarded"), row.getOffsetDateTime("cursor_stored"),
                        row.getOffsetDateTime("last_success_at"), row.getString("last_error"),
                        row.getOffsetDateTime("last_error_at"), row.getInteger("attempts"),
                        row.getOffsetDateTime("next_attempt_at")));
    }
}
