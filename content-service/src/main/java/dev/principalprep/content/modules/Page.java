package dev.principalprep.content.modules;

import java.util.List;

/** One page of a list, with what a client needs to ask for the next one. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
