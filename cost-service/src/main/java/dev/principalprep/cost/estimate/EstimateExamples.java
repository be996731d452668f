package dev.principalprep.cost.estimate;

/** OpenAPI examples, worked from the module's own figures. */
final class EstimateExamples {

    static final String PRESET_OVERRIDE = """
            {"name": "Module example with half the queries", "preset": "module-9-example",
             "workload": {"serving": {"tbQueriedPerMonth": 5000}}}""";

    static final String OWN_WORKLOAD = """
            {"name": "Tiered lake on list prices", "catalog": {"name": "aws-list-2026"},
             "workload": {"storage": {"hotTb": 20, "warmTb": 30, "coldTb": 50},
                          "streaming": {"gbPerMonth": 5000},
                          "serving": {"averageQps": 200, "mbScannedPerQuery": 50},
                          "traffic": {"averageQps": 200, "peakQps": 1000}}}""";

    static final String MODULE_9_RESULT = """
            {"id": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "name": "Module 9 example: 100 TB, 10K QPS",
             "preset": "module-9-example", "createdAt": "2026-11-26T18:00:00Z",
             "result": {"catalog": "module-9", "catalogVersion": 1,
               "lines": [
                 {"component": "STORAGE", "item": "Storage (hot)", "quantity": 100, "unit": "TB-month",
                  "formula": "100 TB-month × $23.00 per TB-month", "monthlyLow": 2300.00, "monthlyHigh": 2300.00},
                 {"component": "COMPUTE", "item": "Batch compute", "quantity": 10000, "unit": "TB processed",
                  "formula": "10000 TB processed × $0.50–$2.00 per TB processed", "monthlyLow": 5000.00, "monthlyHigh": 20000.00},
                 {"component": "STREAMING", "item": "Streaming retention", "quantity": 100000, "unit": "GB-month",
                  "formula": "100000 GB-month × $0.10 per GB-month", "monthlyLow": 10000.00, "monthlyHigh": 10000.00},
                 {"component": "SERVING", "item": "Query serving", "quantity": 10000, "unit": "TB queried",
                  "formula": "10000 TB queried × $1.00 per TB queried", "monthlyLow": 10000.00, "monthlyHigh": 10000.00}],
               "totalLow": 27300.00, "totalHigh": 42300.00, "dominantComponent": "COMPUTE",
               "sanityFigures": [{"name": "scannedPerQuery", "value": 385.8, "unit": "KB",
                                  "derivation": "TB queried per month ÷ queries per month"}]}}""";

    static final String NEGATIVE_STORAGE = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "workload.storage.totalTb", "in": "body", "message": "must be greater than or equal to 0"}]}""";

    static final String UNKNOWN_PRESET = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "no preset module-10; GET /api/v1/estimates/presets lists them",
             "violations": [{"field": "preset", "in": "body", "message": "no preset module-10; GET /api/v1/estimates/presets lists them"}]}""";

    static final String MARKDOWN = """
            ### Module 9 example: 100 TB, 10K QPS: monthly cost (module-9 v1)

            | Component | Quantity | Rate | Monthly low | Monthly high |
            |---|---:|---|---:|---:|
            | Storage (hot) | 100 TB-month | $23.00 per TB-month (Storage (S3)) | $2,300.00 | $2,300.00 |
            | Batch compute | 10,000 TB processed | $0.50–$2.00 per TB processed (Compute (Spark)) | $5,000.00 | $20,000.00 |
            | Streaming retention | 100,000 GB-month | $0.10 per GB-month (Streaming (Kafka)) | $10,000.00 | $10,000.00 |
            | Query serving | 10,000 TB queried | $1.00 per TB queried (Serving (Trino)) | $10,000.00 | $10,000.00 |
            | **Total** | | | **$27,300.00** | **$42,300.00** |
            """;

    static final String CSV = """
            component,item,quantity,unit,rate_low,rate_high,rate_unit,rate_source,monthly_low,monthly_high
            STORAGE,Storage (hot),100,TB-month,23.000000,23.000000,TB-month,"Module 9, Quick Cost Calculations",2300.00,2300.00
            TOTAL,,,,,,,,27300.00,42300.00
            """;

    private EstimateExamples() {
    }
}
