package dev.principalprep.cost.costpass;

/** OpenAPI examples: the module's own 100 TB / 10K QPS pass, said well and said wrong. */
public final class CostPassExamples {

    public static final String SAID_CORRECTLY = """
            {"promptId": "module-9-example",
             "lines": [
               {"component": "STORAGE", "quantity": 100, "unit": "TB", "rate": 23, "monthly": 2300},
               {"component": "COMPUTE", "quantity": 10000, "unit": "TB", "rate": 0.5, "rateHigh": 2,
                "monthly": 5000, "monthlyHigh": 20000},
               {"component": "STREAMING", "quantity": 100000, "unit": "GB", "rate": 0.1, "monthly": 10000},
               {"component": "SERVING", "quantity": 10000, "unit": "TB", "rate": 1, "monthly": 10000}],
             "total": 27300, "totalHigh": 42300, "dominant": "COMPUTE"}""";

    static final String STORAGE_PER_GB_AS_PER_TB = """
            {"promptId": "module-9-example",
             "lines": [
               {"component": "STORAGE", "quantity": 100, "unit": "TB", "rate": 0.023, "monthly": 2.30},
               {"component": "COMPUTE", "quantity": 10000, "unit": "TB", "rate": 0.5, "rateHigh": 2,
                "monthly": 5000, "monthlyHigh": 20000},
               {"component": "STREAMING", "quantity": 100000, "unit": "GB", "rate": 0.1, "monthly": 10000},
               {"component": "SERVING", "quantity": 10000, "unit": "TB", "rate": 1, "monthly": 10000}],
             "total": 25002.30, "totalHigh": 40002.30, "dominant": "COMPUTE"}""";

    static final String WITHOUT_STREAMING = """
            {"promptId": "module-9-example",
             "lines": [
               {"component": "STORAGE", "quantity": 100, "unit": "TB", "rate": 23, "monthly": 2300},
               {"component": "COMPUTE", "quantity": 10000, "unit": "TB", "rate": 0.5, "rateHigh": 2,
                "monthly": 5000, "monthlyHigh": 20000},
               {"component": "SERVING", "quantity": 10000, "unit": "TB", "rate": 1, "monthly": 10000}],
             "total": 17300, "totalHigh": 32300, "dominant": "COMPUTE"}""";

    static final String GRADED = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "promptId": "module-9-example",
             "gradedAt": "2026-11-27T18:00:00Z",
             "grading": {"score": 80,
               "components": [
                 {"component": "STORAGE", "verdict": "WRONG_UNIT", "referenceLow": 2300.00, "referenceHigh": 2300.00,
                  "saidLow": 2.30, "saidHigh": 2.30, "offBy": 1000.00, "points": 0.00,
                  "explanation": "Said $2.30 against $2,300.00. 1,000× below the range: a price per GB used as a price per TB, or GB counted where TB was meant. Quantity said 100 TB (100 TB-month), reference 100 TB-month; rate said $0.023 per TB, reference $23.00 per TB-month."},
                 {"component": "COMPUTE", "verdict": "WITHIN_RANGE", "referenceLow": 5000.00, "referenceHigh": 20000.00,
                  "saidLow": 5000, "saidHigh": 20000, "offBy": 1, "points": 20.00,
                  "explanation": "Said $5,000.00–$20,000.00 against $5,000.00–$20,000.00. Within the module's range."}],
               "total": {"verdict": "WITHIN_RANGE", "referenceLow": 27300.00, "referenceHigh": 42300.00,
                         "saidLow": 25002.30, "saidHigh": 40002.30, "offBy": 1, "points": 10,
                         "explanation": "Said $25,002.30–$40,002.30 against $27,300.00–$42,300.00. Within the module's range."},
               "dominant": {"reference": "COMPUTE", "said": "COMPUTE", "correct": true, "points": 10,
                            "explanation": "compute dominates, as said: it is where optimisation starts."}},
             "reference": {"catalog": "module-9", "catalogVersion": 1, "totalLow": 27300.00, "totalHigh": 42300.00,
                           "dominantComponent": "COMPUTE"}}""";

    static final String PROMPTS = """
            [{"id": "module-9-example", "title": "Module 9 example: 100 TB, 10K QPS",
              "brief": "A lake of 100 TB in S3. Spark batch jobs scan all of it 100 times a month. Kafka keeps as much as the lake holds. The query layer serves 10K QPS, each query scanning about 386 KB. What does it cost a month?",
              "workload": {"storage": {"totalTb": 100}, "processing": {"scansPerMonth": 100},
                           "streaming": {"shareOfStored": 1}, "serving": {"mbScannedPerQuery": 0.38580247},
                           "traffic": {"averageQps": 10000, "peakQps": 10000}}}]""";

    static final String PAGE = """
            {"items": [{"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "promptId": "module-9-example", "score": 80,
                        "gradedAt": "2026-11-27T18:00:00Z"}], "page": 0, "size": 20, "total": 1}""";

    static final String NOTHING_TO_PRICE = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "nothing to price: every quantity given is 0",
             "violations": [{"field": "workload", "in": "body", "message": "nothing to price: every quantity given is 0"}]}""";

    static final String MISSING_TOTAL = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "total", "in": "body", "message": "must not be null"}]}""";

    private CostPassExamples() {
    }
}
