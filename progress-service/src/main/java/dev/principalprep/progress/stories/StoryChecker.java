package dev.principalprep.progress.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.principalprep.progress.stories.StoryCheck.Finding;
import dev.principalprep.progress.stories.StoryCheck.Kind;

/**
 * Deterministic rules for a principal-level STAR story: the module's five traits (scope, complexity, leadership
 * without authority, measurable business impact, cost awareness) and the structure (each part present, a result with
 * a number, an action in the first person, a length that fits one to three minutes spoken). Each finding quotes the
 * words that met the rule, or says what is missing.
 */
public final class StoryChecker {

    static final int MIN_WORDS = 80;
    static final int MAX_WORDS = 400;
    private static final int MIN_PART_WORDS = 5;
    private static final int CONTEXT = 30;

    private static final Pattern SCOPE = words("cross-team|cross-functional|multi-team|multiple teams|\\d+ teams|teams"
            + "|organization-wide|org-wide|company-wide|organi[sz]ation|departments?|stakeholders");
    private static final Pattern COMPLEXITY = words("migrat\\w*|architecture|distributed|legacy|scal\\w*|latency"
            + "|throughput|root causes?|dependenc\\w*|trade-offs?|compliance|re-?org\\w*|small files");
    private static final Pattern LEADERSHIP = words("led|lead|influenc\\w*|persuad\\w*|convinc\\w*|aligned|alignment"
            + "|buy-in|consensus|mentor\\w*|rallied|without authority|championed");
    private static final Pattern MEASURE = Pattern.compile(
            "\\$\\s?\\d[\\d,.]*\\s?[KMB]?|\\d+(\\.\\d+)?\\s?(%|x\\b|×|percent|hours|days|weeks|ms|seconds)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COST = Pattern.compile("\\b(cost\\w*|sav(ings|ed|e)|spend\\w*|budget\\w*|finops"
            + "|cheaper)\\b|\\$\\s?\\d[\\d,.]*\\s?[KMB]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|my|me)\\b");
    private static final Pattern WE = words("we|our|us|the team");

    private StoryChecker() {
    }

    public static StoryCheck check(StoryRequest story) {
        String all = String.join(" ", story.situation(), story.task(), story.action(), story.result());
        List<Finding> findings = new ArrayList<>();
        findings.add(trait("SCOPE", SCOPE, all,
                "no sign of multi-team or organization-wide scope (teams, organization, stakeholders)"));
        findings.add(trait("COMPLEXITY", COMPLEXITY, all,
                "no technical or organizational complexity named (migration, architecture, scale, dependencies)"));
        findings.add(trait("LEADERSHIP", LEADERSHIP, story.action(),
                "the action shows no leading or influencing without authority (led, aligned, convinced, buy-in)"));
        findings.add(trait("BUSINESS_IMPACT", MEASURE, story.result(),
                "the result has no measurable value (a %, a $ amount, an ×, a time saved)"));
        findings.add(trait("COST_AWARENESS", COST, all, "nothing about cost, savings or spend"));
        findings.add(present("SITUATION_PRESENT", story.situation(), "situation"));
        findings.add(present("TASK_PRESENT", story.task(), "task"));
        findings.add(present("ACTION_PRESENT", story.action(), "action"));
        findings.add(present("RESULT_PRESENT", story.result(), "result"));
        findings.add(find(NUMBER, story.result()).map(q -> met("RESULT_HAS_NUMBER", Kind.STRUCTURE, q))
                .orElse(missing("RESULT_HAS_NUMBER", Kind.STRUCTURE, "the result has no number")));
        findings.add(find(FIRST_PERSON, story.action()).map(q -> met("ACTION_FIRST_PERSON", Kind.STRUCTURE, q))
                .orElse(missing("ACTION_FIRST_PERSON", Kind.STRUCTURE, find(WE, story.action())
                        .map(q -> "the action says " + q + " but never what you did (I ...)")
                        .orElse("the action never says what you did (I ...)"))));
        int words = count(all);
        boolean fits = words >= MIN_WORDS && words <= MAX_WORDS;
        findings.add(new Finding("LENGTH", Kind.STRUCTURE, fits, words + " words; " + MIN_WORDS + " to " + MAX_WORDS
                + " fit one to three minutes spoken" + (fits ? "" : words < MIN_WORDS ? ": too short" : ": too long")));
        int traits = (int) findings.stream().filter(f -> f.kind() == Kind.TRAIT && f.met()).count();
        int structure = (int) findings.stream().filter(f -> f.kind() == Kind.STRUCTURE && f.met()).count();
        return new StoryCheck(findings, traits, 5, structure, 7);
    }

    private static Finding trait(String rule, Pattern pattern, String text, String missing) {
        return find(pattern, text).map(q -> met(rule, Kind.TRAIT, q)).orElse(missing(rule, Kind.TRAIT, missing));
    }

    private static Finding present(String rule, String part, String name) {
        int words = count(part);
        return words >= MIN_PART_WORDS ? met(rule, Kind.STRUCTURE, quote(part, 0, Math.min(part.length(), 60)))
                : missing(rule, Kind.STRUCTURE, "the " + name + " is missing or under " + MIN_PART_WORDS + " words");
    }

    private static Finding met(String rule, Kind kind, String quote) {
        return new Finding(rule, kind, true, quote);
    }

    private static Finding missing(String rule, Kind kind, String what) {
        return new Finding(rule, kind, false, "missing: " + what);
    }

    /** The match with a little context, in quotes. */
    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional
                .of(quote(text, Math.max(0, matcher.start() - CONTEXT), Math.min(text.length(), matcher.end() + CONTEXT)));
    }

    private static String quote(String text, int from, int to) {
        int start = from == 0 ? 0 : text.indexOf(' ', from) + 1;
        int end = to == text.length() ? to : Math.max(text.lastIndexOf(' ', to), start);
        return "\"" + (start > 0 ? "…" : "") + text.substring(start, Math.max(end, start)).strip()
                + (end < text.length() ? "…" : "") + "\"";
    }

    private static int count(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }
}
