package dev.principalprep.content.modules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module as listed: enough for a catalogue screen. */
@Schema(name = "ModuleSummary", example = """
        {"id": "module-9", "title": "Career & Interview Strategy", "version": 1,
         "estimatedHours": {"min": 10, "max": 12}}""")
public record ModuleSummaryView(String id, String title, int version, HoursRange estimatedHours) {

    /** How long the module takes, as the curriculum gives it. */
    public record HoursRange(int min, int max) {
    }
}
