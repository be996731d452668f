package dev.principalprep.content.modules;

/** What a section holds, so a frontend renders it without parsing prose; each kind names the kind of its items. */
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
