/** Constraints and indexes. Each statement is idempotent (IF NOT EXISTS). */
export const SCHEMA_STATEMENTS: string[] = [
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT misconception_id IF NOT EXISTS FOR (n:Misconception) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT gap_id IF NOT EXISTS FOR (n:ResearchGap) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT seedinfo_id IF NOT EXISTS FOR (n:SeedInfo) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX passage_source IF NOT EXISTS FOR (n:Passage) ON (n.sourceId, n.ordinal)',
  "CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (n:Passage) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }",
  'CREATE CONSTRAINT comparison_id IF NOT EXISTS FOR (n:StatisticComparison) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT pair_summary_id IF NOT EXISTS FOR (n:PairSummary) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX claim_source IF NOT EXISTS FOR (n:Claim) ON (n.sourceId)',
  'CREATE INDEX statistic_source IF NOT EXISTS FOR (n:Statistic) ON (n.sourceId)',
  "CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR (n:Claim|Statistic|Misconception|ResearchGap) ON EACH [n.text, n.quote, n.reading, n.measure, n.question, n.belief, n.correction] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }",
];
