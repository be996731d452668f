package dev.principalprep.progress.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.CurriculumRepository;
import dev.principalprep.progress.xapi.StatementLog;
import dev.principalprep.progress.xapi.Statements;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Spaced review of what the module asks to know cold: the deck is derived from the curriculum read model on every
 * read, so the version content-service last published is the one reviewed; the schedule is each learner's own.
 */
@ApplicationScoped
public class ReviewService {

    private final CurriculumRepository curriculum;

    private final StatementLog statements;

    public ReviewService(CurriculumRepository curriculum, StatementLog statements) {
        this.statements = statements;
        this.curriculum = curriculum;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @WithSession
    public Uni<ReviewViews.Deck> deck(String learner, String moduleId) {
        return curriculum.requireWithItems(moduleId).chain(module -> states(learner, moduleId).map(states -> {
            List<ReviewViews.Card> cards = CardDeck.of(module).stream().map(card -> view(card, states.get(card.id())))
                    .toList();
            return new ReviewViews.Deck(moduleId, module.version, cards, ReviewViews.ALGORITHM);
        }));
    }

    @WithSession
    public Uni<ReviewViews.Due> due(String learner, String moduleId, int limit) {
        LocalDate today = today();
        return curriculum.requireWithItems(moduleId).chain(module -> states(learner, moduleId).map(states -> {
            List<CardDeck.Card> deck = CardDeck.of(module);
            List<ReviewViews.Card> due = deck.stream().filter(c -> states.containsKey(c.id()))
                    .filter(c -> !states.get(c.id()).dueOn.isAfter(today))
                    .sorted(Comparator.comparing(c -> states.get(c.id()).dueOn))
                    .map(c -> view(c, states.get(c.id()))).toList();
            List<ReviewViews.Card> fresh = deck.stream().filter(c -> !states.containsKey(c.id())).map(c -> view(c, null))
                    .toList();
            List<ReviewViews.Card> cards = Stream.concat(due.stream(), fresh.stream()).limit(limit).toList();
            return new ReviewViews.Due(moduleId, today, due.size(), fresh.size(), cards);
        }));
    }

    @WithTransaction
    public Uni<ReviewViews.Outcome> review(String learner, String moduleId, String cardId, ReviewRequest request) {
        LocalDate today = today();
        return curriculum.requireWithItems(moduleId).chain(module -> {
            CardDeck.Card card = CardDeck.of(module).stream().filter(c -> c.id().equals(cardId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("No card " + cardId + " in module " + moduleId));
            ReviewCalendar.Graded graded = ReviewCalendar.grade(card, request.grade(), request.answer());
            return CardState.<CardState> find("learnerId = ?1 and moduleId = ?2 and cardId = ?3", learner, moduleId,
                    cardId).firstResult().chain(held -> {
                        CardState state = held != null ? held : fresh(learner, moduleId, cardId, today);
                        Sm2.State next = Sm2.review(state.state(), graded.grade(), today);
                        state.state(next);
                        state.reviews++;
                        state.lapses += graded.grade() < Sm2.PASSING_GRADE ? 1 : 0;
                        state.lastReviewedAt = OffsetDateTime.now();
                        ReviewLog log = log(learner, moduleId, card, request, graded, state, today);
                        return state.persist().call(log::persist)
                                .call(() -> statements.append(Statements.reviewCardAnswered(learner, moduleId,
                                        module.title, cardId, card.front(), graded.grade(), Sm2.PASSING_GRADE,
                                        state.lastReviewedAt)))
                                .replaceWith(new ReviewViews.Outcome(cardId, graded.grade(), graded.correct(),
                                        card.back(), next.repetitions(), next.intervalDays(), next.ease(), next.due()));
                    });
        });
    }

    @WithSession
    public Uni<ReviewViews.Summary> summary(String learner) {
        LocalDate today = today();
        return curriculum.listWithItems().chain(modules -> CardState.<CardState> list("learnerId", learner)
                .chain(states -> reviewDays(learner).chain(days -> ReviewLog
                        .count("learnerId = ?1 and reviewDay = ?2", learner, today).map(reviewedToday -> {
                            List<LocalDate> dues = new ArrayList<>();
                            List<ReviewViews.ModuleReview> perModule = new ArrayList<>();
                            for (CurriculumModule module : modules) {
                                List<CardDeck.Card> deck = CardDeck.of(module);
                                if (deck.isEmpty()) {
                                    continue;
                                }
                                Map<String, CardState> mine = states.stream()
                                        .filter(s -> s.moduleId.equals(module.moduleId))
                                        .collect(Collectors.toMap(s -> s.cardId, Function.identity()));
                                List<LocalDate> moduleDues = deck.stream().filter(c -> mine.containsKey(c.id()))
                                        .map(c -> mine.get(c.id()).dueOn).toList();
                                dues.addAll(moduleDues);
                                int fresh = (int) deck.stream().filter(c -> !mine.containsKey(c.id())).count();
                                int due = (int) moduleDues.stream().filter(d -> !d.isAfter(today)).count();
                                perModule.add(new ReviewViews.ModuleReview(module.moduleId, module.title, deck.size(),
                                        due, fresh));
                            }
                            List<ReviewCalendar.ForecastDay> forecast = ReviewCalendar.forecast(dues, today);
                            return new ReviewViews.Summary(today, ReviewCalendar.streak(new HashSet<>(days), today),
                                    reviewedToday.intValue(), forecast.get(0).due(),
                                    perModule.stream().mapToInt(ReviewViews.ModuleReview::newCards).sum(), forecast,
                                    perModule, ReviewViews.ALGORITHM);
                        }))));
    }

    /** The days the learner reviewed anything. */
    private static Uni<List<LocalDate>> reviewDays(String learner) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select distinct r.reviewDay from ReviewLog r where r.learnerId = ?1", LocalDate.class)
                .setParameter(1, learner).getResultList());
    }

    private static Uni<Map<String, CardState>> states(String learner, String moduleId) {
        return CardState.<CardState> list("learnerId = ?1 and moduleId = ?2", learner, moduleId)
                .map(states -> states.stream().collect(Collectors.toMap(s -> s.cardId, Function.identity())));
    }

    private static CardState fresh(String learner, String moduleId, String cardId, LocalDate today) {
        CardState state = new CardState();
        state.learnerId = learner;
        state.moduleId = moduleId;
        state.cardId = cardId;
        state.state(Sm2.State.fresh(today));
        return state;
    }

    private static ReviewLog log(String learner, String moduleId, CardDeck.Card card, ReviewRequest request,
            ReviewCalendar.Graded graded, CardState state, LocalDate today) {
        ReviewLog log = new ReviewLog();
        log.id = UUID.randomUUID();
        log.learnerId = learner;
        log.moduleId = moduleId;
        log.cardId = card.id();
        log.front = card.front().length() > 600 ? card.front().substring(0, 600) : card.front();
        log.grade = graded.grade();
        log.answer = request.answer();
        log.correct = graded.correct();
        log.reviewedAt = state.lastReviewedAt;
        log.reviewDay = today;
        log.intervalDays = state.intervalDays;
        log.dueOn = state.dueOn;
        return log;
    }

    private static ReviewViews.Card view(CardDeck.Card card, CardState state) {
        String unit = card.figure() == null ? null : card.figure().unit();
        return state == null
                ? new ReviewViews.Card(card.id(), card.topic(), card.front(), card.back(), card.figure() != null, unit,
                        true, today(), 0, 0, Sm2.INITIAL_EASE, 0)
                : new ReviewViews.Card(card.id(), card.topic(), card.front(), card.back(), card.figure() != null, unit,
                        false, state.dueOn, state.repetitions, state.intervalDays, state.ease, state.reviews);
    }
}
