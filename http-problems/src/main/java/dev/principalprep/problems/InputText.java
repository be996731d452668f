package dev.principalprep.problems;

/**
 * What text may hold: no NUL and no other control character (C0, DEL, C1), except tab, line feed and carriage
 * return, which free text needs. PostgreSQL refuses NUL outright, and the others only ever hide something.
 */
public final class InputText {

    public static final String CONTROL_CHARACTERS = "must not contain control characters";

    private InputText() {
    }

    public static boolean isClean(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }

    /** For names, ids and parameters: clean, and on one line. */
    public static boolean isCleanLine(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }
}
