// A learner's journey through a client generated from the live contract: openapi-typescript turned the gateway's
// /openapi.json into src/api.d.ts, and every call and every field read below is typed by it. A path, parameter or
// field the contract names wrongly fails the compilation; an answer that does not match its schema fails an assertion.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import type { paths } from "./api.js";

const gateway = process.env.PP_GATEWAY_URL ?? "http://localhost:8080";
const moduleId = "module-9";
const learner = "me";

function present<T>(value: T | null | undefined, what: string): T {
  assert.ok(value !== undefined && value !== null, `${what} is missing from the answer`);
  return value;
}

async function token(subject: string): Promise<string> {
  const anonymous = createClient<paths>({ baseUrl: gateway });
  const { data, response } = await anonymous.POST("/api/v1/dev/tokens", { body: { subject, roles: ["learner"] } });
  assert.equal(response.status, 200);
  return present(data?.access_token, "access_token");
}

async function main(): Promise<void> {
  const subject = process.env.PP_LEARNER ?? `journey-${Date.now()}`;
  const client = createClient<paths>({ baseUrl: gateway, headers: { Authorization: `Bearer ${await token(subject)}` } });
  const steps: string[] = [];

  // Read the module in the reading order it states, section by section, items included.
  const published = await client.GET("/api/v1/modules/{id}", { params: { path: { id: moduleId } } });
  assert.equal(published.response.status, 200);
  const module = present(published.data?.content, "content");
  const sections = new Map<string, { items?: { id: string }[] }>();
  (module.sections ?? []).forEach((section) => sections.set(section.id, section));
  present(module.documents, "documents").forEach((document) =>
    (document.sections ?? []).forEach((section) => sections.set(section.id, section)),
  );
  const readingOrder = present(published.data?.readingOrder, "readingOrder");
  assert.deepEqual(
    readingOrder.map((step) => step.position),
    readingOrder.map((_, index) => index + 1),
    "positions run from 1 without a gap",
  );
  assert.equal(readingOrder.length, sections.size, "every section has its place in the reading order");
  const itemsRead = readingOrder.flatMap((step) =>
    (present(sections.get(present(step.sectionId, "sectionId")), `section ${step.sectionId}`).items ?? []).map((item) => item.id),
  );
  const hours = present(module.estimatedHours, "estimatedHours");
  assert.ok(present(hours.min, "min") <= present(hours.max, "max"), "hours range");
  steps.push(`read ${readingOrder.length} sections in order, ${itemsRead.length} items`);

  // Search as a search box would: two words in any order, typographic punctuation folded.
  const search = await client.GET("/api/v1/search", { params: { query: { q: "savings spot" } } });
  assert.equal(search.response.status, 200);
  const results = present(search.data, "search results");
  const hits = present(results.items, "hits");
  assert.ok(hits.length > 0 && present(results.total, "total") >= hits.length, "searching 'savings spot' finds something");
  const sectionHit = hits.find((hit) => hit.sectionId);
  assert.ok(sectionHit && sections.has(sectionHit.sectionId!), "a hit names a section of the module");
  const apostrophe = await client.GET("/api/v1/search", { params: { query: { q: "company's" } } });
  assert.ok(present(apostrophe.data?.items, "hits").length > 0, "a straight apostrophe finds the text's typographic one");
  steps.push(`search found ${results.total}`);

  // Tick the first two items of the curriculum done, with no minutes.
  const before = await client.GET("/api/v1/learners/{learner}/modules/{moduleId}/progress", {
    params: { path: { learner, moduleId } },
  });
  assert.equal(before.response.status, 200);
  const items = present(before.data?.items, "items");
  for (const item of items.slice(0, 2)) {
    const ticked = await client.PUT("/api/v1/learners/{learner}/modules/{moduleId}/items/{itemId}", {
      params: { path: { learner, moduleId, itemId: present(item.id, "item id") } },
      body: { status: "COMPLETED" },
    });
    assert.ok(ticked.response.ok, `ticking ${item.id} answered ${ticked.response.status}`);
  }
  const after = await client.GET("/api/v1/learners/{learner}/modules/{moduleId}/progress", {
    params: { path: { learner, moduleId } },
  });
  assert.equal(present(after.data?.itemsCompleted, "itemsCompleted"), 2);
  steps.push("ticked 2 items");

  // The cost pass on the module's own example.
  const prompts = await client.GET("/api/v1/cost-passes/prompts");
  const prompt = present(prompts.data?.[0], "a practice prompt");
  const pass = await client.POST("/api/v1/cost-passes", {
    body: {
      promptId: prompt.id,
      lines: [
        { component: "STORAGE", quantity: 100, unit: "TB", rate: 23, monthly: 2300 },
        { component: "COMPUTE", quantity: 10000, unit: "TB", rate: 0.5, rateHigh: 2, monthly: 5000, monthlyHigh: 20000 },
        { component: "STREAMING", quantity: 100000, unit: "GB", rate: 0.1, monthly: 10000 },
        { component: "SERVING", quantity: 10000, unit: "TB", rate: 1, monthly: 10000 },
      ],
      total: 27300,
      totalHigh: 42300,
      dominant: "COMPUTE",
    },
  });
  assert.equal(pass.response.status, 201);
  const score = present(pass.data?.grading?.score, "score");
  assert.ok(score >= 0 && score <= 100, "a score out of 100");
  steps.push(`cost pass scored ${score}`);

  // A STAR story, then its check.
  const story = await client.POST("/api/v1/learners/{learner}/stories", {
    params: { path: { learner } },
    body: {
      title: "Cut the warehouse bill",
      situation: "Our warehouse cost $120,000 a month and grew 8% a month.",
      task: "I owned bringing it under $80,000 without slowing the dashboards.",
      action: "I partitioned the largest tables, moved cold data to object storage and right-sized the clusters.",
      result: "We spent $70,000 a month within a quarter, a 42% cut, with the same p95 latency.",
      themes: ["COST_SAVINGS"],
    },
  });
  assert.equal(story.response.status, 201);
  const storyId = present(story.data?.id, "story id");
  const check = await client.GET("/api/v1/learners/{learner}/stories/{id}/check", {
    params: { path: { learner, id: storyId } },
  });
  assert.equal(check.response.status, 200);
  assert.ok(present(check.data?.traitsTotal, "traitsTotal") > 0, "the check names the traits");
  steps.push("story added and checked");

  // A mock interview held today.
  const heldOn = new Date().toISOString().slice(0, 10);
  const interview = await client.POST("/api/v1/learners/{learner}/modules/{moduleId}/mock-interviews", {
    params: { path: { learner, moduleId } },
    body: { heldOn, kind: "SYSTEM_DESIGN", starScore: 4 },
  });
  assert.equal(interview.response.status, 201);
  assert.equal(interview.data?.heldOn, heldOn);
  steps.push("mock interview logged");

  // A self-assessment of the module's skills.
  const matrix = await client.GET("/api/v1/modules/{id}/skills", { params: { path: { id: moduleId } } });
  // Every skill of the 2026 matrix, and each skill to acquire that the matrix does not hold, is assessed.
  const skillIds = new Set(present(matrix.data?.skills, "skills").map((skill) => present(skill.id, "skill id")));
  present(matrix.data?.toAcquire, "toAcquire").forEach((item) => skillIds.add(item.skill ?? item.id));
  const levels: Record<string, number> = {};
  [...skillIds].forEach((skillId, index) => (levels[skillId] = index % 3));
  const plan = await client.POST("/api/v1/learners/{learner}/modules/{moduleId}/skills/assessments", {
    params: { path: { learner, moduleId } },
    body: { levels },
  });
  assert.equal(plan.response.status, 201, JSON.stringify(plan.error));
  const firstToStudy = present(plan.data?.plan, "plan")[0];
  steps.push(`skills assessed, first to study: ${firstToStudy?.skill}`);

  // The dashboard, once the cost pass has reached progress-service through its event.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const dashboard = await client.GET("/api/v1/me/dashboard");
    assert.equal(dashboard.response.status, 200);
    const home = present(dashboard.data, "dashboard");
    assert.deepEqual(home.missing, []);
    const progress = present(home.progress, "progress").find((entry) => entry.moduleId === moduleId);
    const summary = present(progress, "the module's progress");
    if (summary.costPractice.passes >= 1 || Date.now() > deadline) {
      assert.ok(summary.costPractice.passes >= 1, "the cost pass counts in the learner's practice");
      assert.equal(summary.itemsCompleted, 2);
      assert.ok(summary.hours.minHours <= summary.hours.maxHours);
      assert.equal(summary.skillsAssessed, true);
      assert.equal(summary.topSkill?.skillId, firstToStudy?.skillId);
      assert.equal(present(home.stories, "stories").count, 1);
      assert.ok(present(home.nextItems, "nextItems").length > 0);
      steps.push(`dashboard: ${summary.itemsCompleted}/${summary.itemsTotal} items, ${summary.percentComplete}%`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(JSON.stringify({ subject, steps }));
}

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});
