package dev.principalprep.progress.mockinterviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend of self-scores across sessions: each session's average over the steps it scored, and per step the change
 * from the first session that scored it to the latest.
 */
public final class ScoreTrend {

    private ScoreTrend() {
    }

    public static List<MockInterviewViews.TrendPoint> points(List<MockInterviewViews.Session> sessions) {
        return sessions.stream().map(s -> new MockInterviewViews.TrendPoint(s.id(), s.heldOn(), average(s.stepScores()),
                s.starScore())).toList();
    }

    public static Map<String, Integer> stepChange(List<MockInterviewViews.Session> sessions) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> latest = new LinkedHashMap<>();
        for (MockInterviewViews.Session session : sessions) {
            session.stepScores().forEach((step, score) -> {
                first.putIfAbsent(step, score);
                latest.put(step, score);
            });
        }
        Map<String, Integer> change = new LinkedHashMap<>();
        first.forEach((step, score) -> change.put(step, latest.get(step) - score));
        return change;
    }

    static BigDecimal average(Map<String, Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        int sum = scores.values().stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }
}
