package dev.principalprep.content.modules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a section holds, so a frontend renders it without parsing prose; each kind names the kind of its items. */
@Schema(name = "SectionKind", description = "what a section holds: PROSE (text, no items), STEPS (ordered steps with points), TABLE (rows of cells under columns, a footer), TIPS, STORY_TEMPLATE (STAR parts, traits as items, an example), QUESTIONS (questions with what they test and key points), SKILLS_MATRIX (skills with a status per year and an importance), PRIORITIZED_LIST (skills to acquire by priority), CHECKLIST (items grouped by phase), TAKEAWAYS, NEXT_STEPS")
public enum SectionKind {
    PROSE(null),
    STEPS("STEP"),
    TABLE("ROW"),
    TIPS("TIP"),
    STORY_TEMPLATE("TRAIT"),
    QUESTIONS("QUESTION"),
    SKILLS_MATRIX("SKILL"),
    PRIORITIZED_LIST("SKILL_TO_ACQUIRE"),
    CHECKLIST("CHECKLIST_ITEM"),
    TAKEAWAYS("TAKEAWAY"),
    NEXT_STEPS("NEXT_STEP");

    private final String itemKind;

    SectionKind(String itemKind) {
        this.itemKind = itemKind;
    }

    public String itemKind() {
        return itemKind;
    }
}
