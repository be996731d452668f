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
                  "rate": {"key": "storage.hot", "label": "Storage (S3)", "low": 23.0, "high": 23.0,
                           "basis": "RULE_OF_THUMB", "source": "Module 9, Quick Cost Calculations",
                           "effectiveDate": "2026-01-01"},
                  "formula": "100 TB-month × $23.00 per TB-month", "monthlyLow": 2300.00, "monthlyHigh": 2300.00},
                 {"component": "COMPUTE", "item": "Batch compute", "quantity": 10000, "unit": "TB processed",
                  "formula": "10000 TB processed × $0.50–$2.00 per TB processed", "monthlyLow": 5000.00, "monthlyHigh": 20000.00,
                  "assumptions": ["derived: 100 full scans a month of 100 TB stored", "Rate: Compute (Spark), module-9 v1 compute.batch (Module 9, Quick Cost Calculations; effective 2026-01-01), rule of thumb"]},
                 {"component": "STREAMING", "item": "Streaming retention", "quantity": 100000, "unit": "GB-month",
                  "formula": "100000 GB-month × $0.10 per GB-month", "monthlyLow": 10000.00, "monthlyHigh": 10000.00},
                 {"component": "SERVING", "item": "Query serving", "quantity": 10000, "unit": "TB queried",
                  "formula": "10000 TB queried × $1.00 per TB queried", "monthlyLow": 10000.00, "monthlyHigh": 10000.00}],
               "totalLow": 27300.00, "totalHigh": 42300.00, "dominantComponent": "COMPUTE",
               "derivedQuantities": [
                 {"name": "tbProcessedPerMonth", "value": 10000, "unit": "TB", "derivation": "100 full scans a month × 100 TB stored"},
                 {"name": "streamingGbRetained", "value": 100000, "unit": "GB", "derivation": "100 TB stored × 1 retained in the stream × 1,000 GB per TB"},
                 {"name": "tbQueriedPerMonth", "value": 10000, "unit": "TB", "derivation": "10,000 QPS × 0.38580247 MB per query × 2,592,000 s per month ÷ 1,000,000 MB per TB"}],
               "notPriced": [],
               "sanityFigures": [{"name": "scannedPerQuery", "value": 385.8, "unit": "KB",
                                  "derivation": "TB queried per month ÷ queries per month"}]}}""";

    static final String DIFF = """
            {"base": "0b6f3c1e-8d0a-4c57-9a43-1f0e6f1d2a10", "other": "6a1d2f4b-3c5e-4f70-8a91-b2c3d4e5f607",
             "components": [
               {"component": "STORAGE", "presence": "BOTH", "baseLow": 2300.00, "baseHigh": 2300.00,
                "otherLow": 2300.00, "otherHigh": 2300.00, "deltaLow": 0.00, "deltaHigh": 0.00},
               {"component": "COMPUTE", "presence": "BASE_ONLY", "baseLow": 5000.00, "baseHigh": 20000.00,
                "otherLow": 0, "otherHigh": 0, "deltaLow": -5000.00, "deltaHigh": -20000.00}],
             "total": {"component": "TOTAL", "presence": "BOTH", "baseLow": 7300.00, "baseHigh": 22300.00,
                       "otherLow": 2300.00, "otherHigh": 2300.00, "deltaLow": -5000.00, "deltaHigh": -20000.00},
             "notes": ["COMPUTE is priced only in the base estimate: its change is that whole line, not a saving or a cost. The other estimate lists it as not priced: no TB processed per month and no scans per month (give processing.tbProcessedPerMonth or processing.scansPerMonth)."]}""";

    static final String BLANK_NAME = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "violations": [{"field": "name", "in": "body", "message": "must not be blank"}]}""";

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
            | Storage (hot) | 100 TB-month | $23.00 per TB-month (Storage (S3), 2026-01-01) | $2,300.00 | $2,300.00 |
            | Batch compute | 10,000 TB processed | $0.50–$2.00 per TB processed (Compute (Spark), 2026-01-01) | $5,000.00 | $20,000.00 |
            | Streaming retention | 100,000 GB-month | $0.10 per GB-month (Streaming (Kafka), 2026-01-01) | $10,000.00 | $10,000.00 |
            | Query serving | 10,000 TB queried | $1.00 per TB queried (Serving (Trino), 2026-01-01) | $10,000.00 | $10,000.00 |
            | **Total** | | | **$27,300.00** | **$42,300.00** |

            #### Sources

            | Rate | Price | Source | Effective |
            |---|---|---|---|
            | Storage (S3) (module-9 v1 storage.hot) | $23.00 per TB-month | Module 9, Quick Cost Calculations | 2026-01-01 |
            """;

    static final String CSV = """
            component,item,quantity,unit,rate_low,rate_high,rate_unit,rate_source,rate_effective_date,monthly_low,monthly_high
            STORAGE,Storage (hot),100,TB-month,23.000000,23.000000,TB-month,"Module 9, Quick Cost Calculations",2026-01-01,2300.00,2300.00
            TOTAL,,,,,,,,,27300.00,42300.00
            """;

    private EstimateExamples() {
    }
}
