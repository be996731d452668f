package dev.principalprep.cost.pricing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.principalprep.cost.estimate.RateCard;
import dev.principalprep.problems.InvalidInput;
import io.smallrye.mutiny.Uni;

/**
 * Catalog versions kept in memory once read: a published version never changes (versions are only ever added), so
 * pricing reads each one from the database once per process. "The latest version of a catalog" is the one thing that
 * moves: it is read again after {@code latestFor}, and at once after this process publishes a version of that
 * catalog; another replica's new version is therefore used here at most {@code latestFor} later.
 */
public class CatalogVersions {

    /** A stored catalog version: its row id (what estimates refer to) and its rates. */
    public record Version(long id, RateCard rates) {
    }

    /** Reads a version with its rates (the latest when {@code version} is null); null when there is none. */
    @FunctionalInterface
    public interface Loader {
        Uni<PriceCatalog> load(String name, Integer version);
    }

    private record Pinned(String name, int version) {
    }

    /** The latest version as read at {@code readAt}; no version when a new one was published then. */
    private record Latest(Version version, Instant readAt) {
    }

    private final Loader loader;
    private final Clock clock;
    private final Duration latestFor;
    private final Map<Pinned, Version> versions = new ConcurrentHashMap<>();
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();

    public CatalogVersions(Loader loader, Clock clock, Duration latestFor) {
        this.loader = loader;
        this.clock = clock;
        this.latestFor = latestFor;
    }

    /** The version (the latest when {@code version} is null); a missing one is the caller's error, named by field. */
    public Uni<Version> require(String name, Integer version) {
        return find(name, version).map(found -> {
            if (found == null) {
                throw new InvalidInput("catalog", "no catalog " + name + (version == null ? "" : " v" + version));
            }
            return found;
        });
    }

    /** The version (the latest when {@code version} is null), or null when there is none. */
    public Uni<Version> find(String name, Integer version) {
        Version known = version != null ? versions.get(new Pinned(name, version)) : latestKnown(name);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        Instant readAt = clock.instant();
        return loader.load(name, version).map(catalog -> {
            if (catalog == null) {
                return null;
            }
            Version loaded = versions.computeIfAbsent(new Pinned(catalog.name, catalog.version),
                    pinned -> new Version(catalog.id, RateCard.of(catalog)));
            if (version == null) {
                // A read that began before the last publication of this catalog may have missed it: not kept.
                latest.compute(name, (same, current) -> current != null && !current.readAt().isBefore(readAt) ? current
                        : new Latest(loaded, readAt));
            }
            return loaded;
        });
    }

    /** Called once a new version of the catalog is committed: the next "latest" of it is read from the database. */
    public void published(String name) {
        latest.put(name, new Latest(null, clock.instant()));
    }

    private Version latestKnown(String name) {
        Latest known = latest.get(name);
        return known != null && clock.instant().isBefore(known.readAt().plus(latestFor)) ? known.version() : null;
    }
}
