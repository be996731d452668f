package dev.principalprep.progress.push;

import java.time.Duration;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;

/** A pool already closed: what a push round meets when the service stops under it. */
public final class ClosedPool {

    private ClosedPool() {
    }

    public static Pool on(Vertx vertx, String url) {
        Pool pool = PgBuilder.pool().connectingTo(url).using(vertx).build();
        pool.close().await().atMost(Duration.ofSeconds(10));
        return pool;
    }
}
