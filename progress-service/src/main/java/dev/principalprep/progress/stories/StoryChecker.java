package dev.principalprep.progress.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.principalprep.progress.stories.StoryCheck.Finding;
import dev.principalprep.progress.stories.StoryCheck.Kind;

/**
 * Deterministic rules for a principal-level STAR story, read clause by clause rather than counted as keywords. A
 * trait counts only when a clause that acts (it has a verb) names it, and that clause is neither negated ("did not",
 * "never") nor hedged ("tried to", "helped someone who"); leadership needs the first person owning the act ("I led",
 * "I convinced"); business impact needs a change with a direction and a number that is not zero. Each finding quotes
 * the words it rests on, or says what is missing.
 */
public final class StoryChecker {

    /** Conversational speaking pace, in words a minute. */
    static final int WORDS_PER_MINUTE = 150;
    /** Three minutes spoken at {@link #WORDS_PER_MINUTE}. */
    static final int MAX_WORDS = 3 * WORDS_PER_MINUTE;
    /** Below this the four parts cannot all be there with a number; the story is the core one tells for 1 to 3 min. */
    static final int MIN_WORDS = 50;
    static final int MIN_PART_WORDS = 5;
    /** A clause with this many trait terms making up at least {@link #LIST_SHARE_PERCENT} of its words is a list. */
    static final int LIST_TERMS = 3;
    static final int LIST_SHARE_PERCENT = 40;
    /** Trait terms above this share of all words are stuffing. */
    static final int STUFFED_SHARE_PERCENT = 25;

    private static final Pattern SCOPE = words(
            "cross-team|cross-functional|multi-team|(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|several|multiple|many|both|all the|other|partner)( \\w+)? teams|\\w+ and \\w+ teams"
                    + "|organi[sz]ation-wide|org-wide|company-wide|organi[sz]ations?|departments?|stakeholders|divisions?");
    private static final Pattern COMPLEXITY = words("migrat\\w*|architecture|distributed|legacy|scal(e|es|ed|ing|ability)"
            + "|latency|throughput|root causes?|dependenc(y|ies)|trade-offs?|compliance|re-?org\\w*|small files");
    private static final Pattern LEADERSHIP_PHRASE = words("without (formal )?authority|buy-in|consensus");
    private static final Set<String> LEADERSHIP_VERBS = Set.of("led", "influenced", "persuaded", "convinced",
            "aligned", "rallied", "mentored", "coached", "championed", "drove", "negotiated", "united", "brokered",
            "facilitated", "organized", "organised", "won", "secured", "spearheaded");
    private static final Pattern COST = words("costs?|costly|savings?|saved|spend|spending|budgets?|finops|cheaper"
            + "|\\$\\s?\\d[\\d,.]*\\s?[kmb]?");
    private static final Pattern DIRECTION = words("reduc\\w*|cut|lower\\w*|decreas\\w*|dropp\\w*|shrank|shrunk"
            + "|grew|grown|increas\\w*|improv\\w*|rais\\w*|boost\\w*|saved|sav(ing|ings)|accelerat\\w*|sped up"
            + "|halved|doubled|tripled|eliminat\\w*|avoided|gained|fell|declined|went down|rose");
    private static final Pattern NUMBER = Pattern.compile("(\\$\\s?)?\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern MEASURE = Pattern.compile("(\\$|€|£)\\s?\\d[\\d,]*(\\.\\d+)?|\\d[\\d,]*(\\.\\d+)?\\s?"
            + "(%|percent\\b|x\\b|×|times\\b|ms\\b|seconds?\\b|minutes?\\b|hours?\\b|days?\\b|weeks?\\b|months?\\b"
            + "|[kmb]\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_AIM = words("tasked|asked to|needed to|had to|goal|responsib\\w*|my job"
            + "|my role|aim(ed)?|objective|mandate|charged with|set out to|was to|owned");
    private static final Pattern NEGATION = words("not|never|no|none|nobody|nothing|neither|nor|\\w+n't|cannot");
    private static final Pattern HEDGE = words("(tried|attempted|wanted|hoped|wished|intended|planned|meant|was supposed)"
            + " to|helped (\\w+ ){0,3}who|(would|could|might|should) have");
    private static final Pattern FIRST_PERSON_NEGATED = Pattern.compile("\\bI( \\w+)? (not|never|\\w+n't)(?!\\w)");
    private static final Pattern WE = words("we|our|us|the team");
    /** Where a quote is centred: on the speaker, or from a clause's start. */
    private static final Pattern SPEAKER = Pattern.compile("\\bI\\b");
    private static final Pattern CLAUSE_START = Pattern.compile("^");
    /** Clause ends: sentence punctuation, list numbers, and a comma or "but" before a new subject or conjunction. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?<=[.!?;:])\\s+|\\n+|\\s+(?=\\d+[.)]\\s)|,\\s*(?=(and|but|so|then|while|which)\\b)|\\s+(?=but\\b)");
    private static final Set<String> IRREGULAR_VERBS = Set.of("led", "built", "ran", "made", "drove", "took",
            "found", "won", "grew", "cut", "set", "got", "gave", "brought", "began", "chose", "wrote", "rewrote",
            "rebuilt", "kept", "spent", "sold", "saw", "became", "rose", "fell", "was", "were", "had", "is", "are",
            "has", "went", "met", "held", "shut", "spoke", "told", "taught", "thought", "paid", "split", "sent",
            "shrank", "fought", "put", "sped", "understood", "knew", "left");
    private static final Set<String> NOT_VERBS = Set.of("need", "speed", "feed", "seed", "bed", "red", "shed",
            "hundred", "based", "related", "embedded", "distributed", "advanced", "detailed");
    /** Words between "I" and the verb that take the act away from the speaker. */
    private static final Set<String> NOT_OWNED = Set.of("was", "were", "would", "could", "might", "should",
            "almost", "nearly", "barely", "who", "which", "that", "they", "he", "she", "we", "someone", "somebody",
            "not", "never", "cannot");
    /** Verbs that hedge when followed by "to": "I tried to convince" is no act of convincing. */
    private static final Set<String> HEDGING_VERBS = Set.of("tried", "attempted", "wanted", "hoped", "wished",
            "intended", "planned", "meant");
    private static final int OWNER_REACH = 3;
    private static final int CONTEXT = 30;

    private StoryChecker() {
    }

    /** One part of the story, cut into clauses. */
    enum Part {
        SITUATION,
        TASK,
        ACTION,
        RESULT
    }

    record Clause(Part part, String text) {

        boolean acts() {
            return tokens(text).stream().anyMatch(StoryChecker::isVerb);
        }

        boolean negated() {
            return NEGATION.matcher(text).find();
        }

        boolean hedged() {
            return HEDGE.matcher(text).find();
        }

        int terms() {
            return count(SCOPE, text) + count(COMPLEXITY, text) + count(LEADERSHIP_PHRASE, text)
                    + (int) tokens(text).stream().map(t -> t.toLowerCase(Locale.ROOT)).filter(LEADERSHIP_VERBS::contains)
                            .count()
                    + count(COST, text);
        }

        boolean keywordList() {
            int terms = terms();
            return terms >= LIST_TERMS && terms * 100 >= LIST_SHARE_PERCENT * wordCount(text);
        }

        /** Fit to stand as evidence: acts, says what happened, and is not a list of terms. */
        boolean evidence() {
            return acts() && !negated() && !hedged() && !keywordList();
        }
    }

    public static StoryCheck check(StoryRequest story) {
        List<Clause> clauses = clauses(story);
        List<Finding> findings = new ArrayList<>();
        findings.add(trait("SCOPE", clauses, c -> true, SCOPE,
                "no clause that acts shows multi-team or organization-wide scope (teams, organization, stakeholders)"));
        findings.add(trait("COMPLEXITY", clauses, c -> true, COMPLEXITY,
                "no clause that acts names technical or organizational complexity (migration, architecture, scale, root causes)"));
        findings.add(leadership(clauses));
        findings.add(businessImpact(clauses));
        findings.add(trait("COST_AWARENESS", clauses, c -> true, COST,
                "no clause that acts is about cost, savings or spend"));
        findings.add(present("SITUATION_PRESENT", story.situation(), "situation"));
        findings.add(present("TASK_PRESENT", story.task(), "task"));
        findings.add(present("ACTION_PRESENT", story.action(), "action"));
        findings.add(present("RESULT_PRESENT", story.result(), "result"));
        findings.add(order(clauses));
        findings.add(resultHasChange(clauses));
        findings.add(firstPerson(clauses));
        findings.add(length(story));
        findings.add(ownedClaims(clauses));
        findings.add(stuffing(clauses, story));
        return new StoryCheck(findings, met(findings, Kind.TRAIT), total(findings, Kind.TRAIT),
                met(findings, Kind.STRUCTURE), total(findings, Kind.STRUCTURE), met(findings, Kind.CREDIBILITY),
                total(findings, Kind.CREDIBILITY));
    }

    static List<Clause> clauses(StoryRequest story) {
        List<Clause> clauses = new ArrayList<>();
        add(clauses, Part.SITUATION, story.situation());
        add(clauses, Part.TASK, story.task());
        add(clauses, Part.ACTION, story.action());
        add(clauses, Part.RESULT, story.result());
        return clauses;
    }

    private static void add(List<Clause> clauses, Part part, String text) {
        // Curly apostrophes as typed on phones read like straight ones: "didn’t" is "didn't".
        for (String piece : CLAUSE_BREAK.split(text.strip().replace('’', '\''))) {
            if (!piece.isBlank()) {
                clauses.add(new Clause(part, piece.strip()));
            }
        }
    }

    private static Finding trait(String rule, List<Clause> clauses, Predicate<Clause> where, Pattern term,
            String missing) {
        return clauses.stream().filter(where).filter(Clause::evidence).filter(c -> term.matcher(c.text()).find())
                .findFirst().map(c -> met(rule, Kind.TRAIT, quote(c.text(), term)))
                .orElseGet(() -> missing(rule, Kind.TRAIT, missing + discounted(clauses, where, term)));
    }

    /** Why the clauses that hold the term did not count, so a learner sees the rule at work. */
    private static String discounted(List<Clause> clauses, Predicate<Clause> where, Pattern term) {
        return clauses.stream().filter(where).filter(c -> term.matcher(c.text()).find()).findFirst()
                .map(c -> "; " + quote(c.text(), term) + " does not count: " + reason(c)).orElse("");
    }

    private static String reason(Clause clause) {
        if (clause.negated()) {
            return "it is negated";
        }
        if (clause.hedged()) {
            return "it is hedged";
        }
        if (clause.keywordList()) {
            return "it is a list of terms";
        }
        return "nothing in it acts (no verb)";
    }

    private static Finding leadership(List<Clause> clauses) {
        for (Clause clause : clauses) {
            if (clause.part() != Part.ACTION || !clause.evidence()) {
                continue;
            }
            List<String> verbs = ownedVerbs(clause.text());
            if (!verbs.isEmpty() && (verbs.stream().anyMatch(LEADERSHIP_VERBS::contains)
                    || LEADERSHIP_PHRASE.matcher(clause.text()).find())) {
                return met("LEADERSHIP", Kind.TRAIT, quote(clause.text(), SPEAKER));
            }
        }
        return missing("LEADERSHIP", Kind.TRAIT,
                "the action shows no act of yours that leads or influences (I led, I convinced, I won buy-in)"
                        + discounted(clauses, c -> c.part() == Part.ACTION, FIRST_PERSON_NEGATED));
    }

    private static Finding businessImpact(List<Clause> clauses) {
        Optional<Clause> measured = resultChanges(clauses).filter(c -> nonZero(MEASURE, c.text())).findFirst();
        if (measured.isPresent()) {
            return met("BUSINESS_IMPACT", Kind.TRAIT, quote(measured.get().text(), DIRECTION));
        }
        String zero = resultChanges(clauses).filter(c -> hasZero(c.text())).findFirst()
                .map(c -> "; " + quote(c.text(), NUMBER) + " is no change").orElse("");
        return missing("BUSINESS_IMPACT", Kind.TRAIT,
                "the result has no measured change (a %, an amount, an ×, a time, not zero, with reduced, grew, saved)"
                        + zero);
    }

    private static java.util.stream.Stream<Clause> resultChanges(List<Clause> clauses) {
        return clauses.stream().filter(c -> c.part() == Part.RESULT && !c.negated() && !c.hedged() && !c.keywordList())
                .filter(c -> DIRECTION.matcher(c.text()).find());
    }

    private static Finding resultHasChange(List<Clause> clauses) {
        return resultChanges(clauses).filter(c -> nonZero(NUMBER, c.text())).findFirst()
                .map(c -> met("RESULT_HAS_CHANGE", Kind.STRUCTURE, quote(c.text(), DIRECTION)))
                .orElseGet(() -> missing("RESULT_HAS_CHANGE", Kind.STRUCTURE,
                        "the result names no change with a direction and a number that is not zero"));
    }

    private static Finding order(List<Clause> clauses) {
        Optional<Clause> aim = clauses.stream().filter(c -> c.part() == Part.TASK && !c.negated())
                .filter(c -> TASK_AIM.matcher(c.text()).find()).findFirst();
        Optional<Clause> act = clauses.stream().filter(c -> c.part() == Part.ACTION && c.acts() && !c.negated()).findFirst();
        Optional<Clause> outcome = resultChanges(clauses).findFirst();
        List<String> missing = new ArrayList<>();
        if (aim.isEmpty()) {
            missing.add("the task states no aim (tasked, goal, needed to)");
        }
        if (act.isEmpty()) {
            missing.add("the action tells no act (a verb, not negated)");
        }
        if (outcome.isEmpty()) {
            missing.add("the result has no outcome (reduced, grew, saved)");
        }
        if (!missing.isEmpty()) {
            return missing("STAR_ORDER", Kind.STRUCTURE, String.join("; ", missing));
        }
        return met("STAR_ORDER", Kind.STRUCTURE, "task " + quote(aim.get().text(), TASK_AIM) + ", action "
                + quote(act.get().text(), CLAUSE_START) + ", result " + quote(outcome.get().text(), DIRECTION));
    }

    private static Finding firstPerson(List<Clause> clauses) {
        for (Clause clause : clauses) {
            if (clause.part() == Part.ACTION && !clause.hedged() && !ownedVerbs(clause.text()).isEmpty()) {
                return met("ACTION_FIRST_PERSON", Kind.STRUCTURE, quote(clause.text(), SPEAKER));
            }
        }
        String said = clauses.stream().filter(c -> c.part() == Part.ACTION)
                .filter(c -> FIRST_PERSON_NEGATED.matcher(c.text()).find() || c.hedged()).findFirst()
                .map(c -> "the action says " + quote(c.text(), Pattern.compile("\\bI\\b")) + " but disowns it")
                .or(() -> clauses.stream().filter(c -> c.part() == Part.ACTION).filter(c -> WE.matcher(c.text()).find())
                        .findFirst().map(c -> "the action says " + quote(c.text(), WE) + " but never what you did"))
                .orElse("the action never says what you did");
        return missing("ACTION_FIRST_PERSON", Kind.STRUCTURE, said + " (I decided, I led)");
    }

    private static Finding length(StoryRequest story) {
        int words = wordCount(String.join(" ", story.situation(), story.task(), story.action(), story.result()));
        int seconds = Math.round(words * 60f / WORDS_PER_MINUTE);
        String spoken = words + " words, about " + seconds + " s read aloud at " + WORDS_PER_MINUTE
                + " words a minute; told with its detail a story runs one to three minutes, so the written core is "
                + MIN_WORDS + " to " + MAX_WORDS + " words (" + MAX_WORDS + " is three minutes spoken)";
        if (words < MIN_WORDS) {
            return missing("LENGTH", Kind.STRUCTURE, spoken + ": too short to carry the four parts");
        }
        if (words > MAX_WORDS) {
            return missing("LENGTH", Kind.STRUCTURE, spoken + ": too long to tell in three minutes");
        }
        return met("LENGTH", Kind.STRUCTURE, spoken);
    }

    private static Finding ownedClaims(List<Clause> clauses) {
        return clauses.stream().filter(c -> c.part() == Part.ACTION || c.part() == Part.RESULT)
                .filter(c -> FIRST_PERSON_NEGATED.matcher(c.text()).find() || c.hedged()).findFirst()
                .map(c -> missing("OWNED_CLAIMS", Kind.CREDIBILITY, (c.hedged() ? "hedged: " + quote(c.text(), HEDGE)
                        : "negated: " + quote(c.text(), FIRST_PERSON_NEGATED))
                        + "; say what you did, or leave it out"))
                .orElseGet(() -> met("OWNED_CLAIMS", Kind.CREDIBILITY,
                        "no action or result is negated (did not, never) or hedged (tried to, helped someone who)"));
    }

    private static Finding stuffing(List<Clause> clauses, StoryRequest story) {
        Optional<Clause> list = clauses.stream().filter(Clause::keywordList).findFirst();
        if (list.isPresent()) {
            return missing("NO_KEYWORD_STUFFING", Kind.CREDIBILITY,
                    "a list of trait terms: " + quote(list.get().text(), Pattern.compile("^")));
        }
        int terms = clauses.stream().mapToInt(Clause::terms).sum();
        int words = wordCount(String.join(" ", story.situation(), story.task(), story.action(), story.result()));
        int share = words == 0 ? 0 : terms * 100 / words;
        String figures = terms + " trait terms in " + words + " words (" + share + "%)";
        return share > STUFFED_SHARE_PERCENT
                ? missing("NO_KEYWORD_STUFFING", Kind.CREDIBILITY,
                        figures + ", over " + STUFFED_SHARE_PERCENT + "%: tell what happened instead")
                : met("NO_KEYWORD_STUFFING", Kind.CREDIBILITY, figures + ", at most " + STUFFED_SHARE_PERCENT + "%");
    }

    /** The verbs, in lower case, whose subject is "I" with nothing between that disowns the act. */
    static List<String> ownedVerbs(String clause) {
        List<String> tokens = tokens(clause);
        List<String> verbs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals("I")) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + OWNER_REACH; j++) {
                String token = tokens.get(j).toLowerCase(Locale.ROOT);
                boolean hedging = HEDGING_VERBS.contains(token) && j + 1 < tokens.size()
                        && tokens.get(j + 1).equalsIgnoreCase("to");
                if (NOT_OWNED.contains(token) || token.endsWith("n't") || hedging) {
                    break;
                }
                if (isVerb(token)) {
                    verbs.add(token);
                    break;
                }
            }
        }
        return verbs;
    }

    static boolean isVerb(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return IRREGULAR_VERBS.contains(word)
                || word.length() > 3 && word.endsWith("ed") && !NOT_VERBS.contains(word) && !word.contains("-");
    }

    private static boolean nonZero(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.group().chars().anyMatch(ch -> ch >= '1' && ch <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasZero(String text) {
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            if (matcher.group().chars().noneMatch(ch -> ch >= '1' && ch <= '9')) {
                return true;
            }
        }
        return false;
    }

    private static int met(List<Finding> findings, Kind kind) {
        return (int) findings.stream().filter(f -> f.kind() == kind && f.met()).count();
    }

    private static int total(List<Finding> findings, Kind kind) {
        return (int) findings.stream().filter(f -> f.kind() == kind).count();
    }

    private static Finding present(String rule, String part, String name) {
        int words = wordCount(part);
        return words >= MIN_PART_WORDS ? met(rule, Kind.STRUCTURE, quote(part, Pattern.compile("^")))
                : missing(rule, Kind.STRUCTURE, "the " + name + " is missing or under " + MIN_PART_WORDS + " words");
    }

    private static Finding met(String rule, Kind kind, String evidence) {
        return new Finding(rule, kind, true, evidence);
    }

    private static Finding missing(String rule, Kind kind, String what) {
        return new Finding(rule, kind, false, "missing: " + what);
    }

    /** The first match of the pattern with a little context either side, cut at word boundaries, in quotes. */
    static String quote(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        boolean found = matcher.find();
        int at = found ? matcher.start() : 0;
        int end = found ? matcher.end() : 0;
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT + CONTEXT);
        int start = from == 0 ? 0 : text.indexOf(' ', from) + 1;
        int stop = to == text.length() ? to : Math.max(text.lastIndexOf(' ', to), start);
        return "\"" + (start > 0 ? "…" : "") + text.substring(start, stop).strip() + (stop < text.length() ? "…" : "")
                + "\"";
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = Pattern.compile("[A-Za-z][A-Za-z'’-]*").matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group().replace('’', '\''));
        }
        return tokens;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\w-])(" + alternatives + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }
}
