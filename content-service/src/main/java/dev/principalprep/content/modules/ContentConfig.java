package dev.principalprep.content.modules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Where content lives. */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

    /** The MongoDB database of the content collections. */
    @WithName("database")
    @WithDefault("content")
    String database();
}
