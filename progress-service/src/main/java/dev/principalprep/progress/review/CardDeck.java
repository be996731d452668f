package dev.principalprep.progress.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.ItemAttributes;

/**
 * The review cards of a module, derived from its published items: each framework step with its sub-points and the
 * steps in order, each cost model and the example's monthly figures (asked as numbers, with the total), the cost rules
 * of thumb and the spot saving, STAR's parts and its traits, each leadership question with what it tests, and each
 * group of the mock interview checklist. Card ids come from item ids, so a new version keeps each learner's schedule.
 */
public final class CardDeck {

    private static final Pattern DOLLARS = Pattern
            .compile("\\$([\\d,]+(?:\\.\\d+)?)(?:\\s*[-–]\\s*\\$?([\\d,]+(?:\\.\\d+)?))?");
    private static final Pattern PERCENT_RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[-–]\\s*(\\d+(?:\\.\\d+)?)%");
    private static final Pattern SCALE = Pattern.compile("\\((.+)\\)");

    private CardDeck() {
    }

    /** A figure the learner types, accepted anywhere in the module's range. */
    public record Figure(BigDecimal low, BigDecimal high, String unit) {

        public boolean accepts(BigDecimal answer) {
            return answer.compareTo(low) >= 0 && answer.compareTo(high) <= 0;
        }
    }

    /** One card: a question, its answer, and for a cost card the figure the answer must fall in. */
    public record Card(String id, String topic, String front, String back, Figure figure) {
    }

    public static List<Card> of(CurriculumModule module) {
        List<Card> cards = new ArrayList<>();
        steps(items(module, "STEP"), cards);
        costs(items(module, "ROW"), cards);
        tips(items(module, "TIP"), cards);
        star(module, cards);
        questions(items(module, "QUESTION"), cards);
        checklist(items(module, "CHECKLIST_ITEM"), cards);
        return cards;
    }

    private static void steps(List<CurriculumItem> steps, List<Card> cards) {
        for (int n = 0; n < steps.size(); n++) {
            CurriculumItem step = steps.get(n);
            String points = attribute(step, "points").map(p -> ": " + p).orElse("");
            cards.add(new Card(step.itemId, "FRAMEWORK", "Step " + (n + 1) + " of the " + steps.size()
                    + "-step framework: its name and what it covers?", step.title + points, null));
        }
        if (!steps.isEmpty()) {
            cards.add(new Card("framework.steps", "FRAMEWORK", "The " + steps.size()
                    + " steps of the system design framework, in order?", numbered(steps), null));
        }
    }

    private static void costs(List<CurriculumItem> rows, List<Card> cards) {
        List<Figure> figures = new ArrayList<>();
        String scale = null;
        for (CurriculumItem row : rows) {
            Map<String, String> attributes = ItemAttributes.of(row);
            Optional<String> model = column(attributes, "cost model");
            Optional<Map.Entry<String, String>> example = attributes.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("example")).findFirst();
            model.ifPresent(m -> cards.add(new Card(row.itemId, "COST", "Cost model of " + row.title + "?", m, null)));
            Optional<Figure> figure = example.flatMap(e -> dollars(e.getValue()));
            if (figure.isPresent()) {
                scale = scale(example.get().getKey());
                figures.add(figure.get());
                cards.add(new Card(row.itemId + ".figure", "COST", row.title + model.map(m -> " at " + m).orElse("")
                        + ": the monthly cost in the module's example" + scale + ", in $?", example.get().getValue(),
                        figure.get()));
            }
        }
        if (!figures.isEmpty() && figures.size() == rows.size()) {
            BigDecimal low = figures.stream().map(Figure::low).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal high = figures.stream().map(Figure::high).reduce(BigDecimal.ZERO, BigDecimal::add);
            cards.add(new Card("cost.total", "COST", "Total monthly cost of the module's example" + scale + ", in $?",
                    range("$", low, high) + "/month", new Figure(low, high, "$/month")));
        }
    }

    private static void tips(List<CurriculumItem> tips, List<Card> cards) {
        if (tips.isEmpty()) {
            return;
        }
        cards.add(new Card("cost.rules", "COST", "The " + tips.size() + " cost rules of thumb?", numbered(tips), null));
        for (CurriculumItem tip : tips) {
            Matcher range = PERCENT_RANGE.matcher(tip.title);
            if (range.find()) {
                String asked = tip.title.substring(0, range.start()) + "…%" + tip.title.substring(range.end());
                cards.add(new Card(tip.itemId + ".figure", "COST", asked + ": the figure, in %?", tip.title,
                        new Figure(new BigDecimal(range.group(1)), new BigDecimal(range.group(2)), "%")));
            }
        }
    }

    private static void star(CurriculumModule module, List<Card> cards) {
        module.items.stream().filter(i -> ItemAttributes.of(i).containsKey("parts")).findFirst()
                .ifPresent(section -> cards.add(new Card("star.parts", "STAR", "The four parts of STAR?",
                        ItemAttributes.of(section).get("parts"), null)));
        List<CurriculumItem> traits = items(module, "TRAIT");
        for (CurriculumItem trait : traits) {
            attribute(trait, "text").ifPresent(text -> cards.add(new Card(trait.itemId, "STAR",
                    "STAR trait \u201c" + trait.title + "\u201d: what must the story show?", text, null)));
        }
        if (!traits.isEmpty()) {
            cards.add(new Card("star.traits", "STAR", "The " + traits.size() + " traits a principal-level STAR story "
                    + "shows?", traits.stream().map(t -> t.title).collect(Collectors.joining(", ")), null));
        }
    }

    private static void questions(List<CurriculumItem> questions, List<Card> cards) {
        for (CurriculumItem question : questions) {
            String tests = attribute(question, "tests").map(t -> "Testing: " + t + ".").orElse("");
            String points = attribute(question, "points").map(p -> " Key points: " + p + ".").orElse("");
            if (!tests.isEmpty() || !points.isEmpty()) {
                cards.add(new Card(question.itemId, "LEADERSHIP", "\u201c" + question.title
                        + "\u201d: what are they testing, and the key points?", (tests + points).strip(), null));
            }
        }
    }

    private static void checklist(List<CurriculumItem> items, List<Card> cards) {
        Map<String, List<CurriculumItem>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(attribute(item, "group").orElse("Checklist"),
                g -> new ArrayList<>()).add(item));
        groups.forEach((group, members) -> cards.add(new Card("checklist." + slug(group), "CHECKLIST",
                "Mock interview checklist, " + group + ": the " + members.size() + " items?",
                members.stream().map(i -> i.title).collect(Collectors.joining("; ")), null)));
    }

    /** "$2,300/month" or "$5,000-20,000/month" as a range of dollars. */
    static Optional<Figure> dollars(String text) {
        Matcher matcher = DOLLARS.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        BigDecimal low = new BigDecimal(matcher.group(1).replace(",", ""));
        BigDecimal high = matcher.group(2) == null ? low : new BigDecimal(matcher.group(2).replace(",", ""));
        return Optional.of(new Figure(low, high, "$/month"));
    }

    static String range(String prefix, BigDecimal low, BigDecimal high) {
        String from = String.format(Locale.ROOT, "%,d", low.longValue());
        return low.compareTo(high) == 0 ? prefix + from
                : prefix + from + "-" + String.format(Locale.ROOT, "%,d", high.longValue());
    }

    private static String scale(String column) {
        Matcher matcher = SCALE.matcher(column);
        return matcher.find() ? " (" + matcher.group(1).toUpperCase(Locale.ROOT) + ")" : "";
    }

    private static String numbered(List<CurriculumItem> items) {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            lines.add((n + 1) + ". " + items.get(n).title);
        }
        return String.join("; ", lines);
    }

    private static Optional<String> column(Map<String, String> attributes, String prefix) {
        return attributes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .findFirst();
    }

    private static Optional<String> attribute(CurriculumItem item, String key) {
        return Optional.ofNullable(ItemAttributes.of(item).get(key)).filter(v -> !v.isBlank());
    }

    private static List<CurriculumItem> items(CurriculumModule module, String kind) {
        return module.items.stream().filter(i -> kind.equals(i.kind)).toList();
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
