import { graphql } from '../gql/index.ts';

/** What the link badges need: counts of curated links and what the statement cites, with verdicts. */
export const LinkSummaryFragment = graphql(`
  fragment LinkSummaryFields on LinkSummary {
    supports
    contradicts
    qualifies
    citedBy
    cites {
      verdict
      toSource {
        ...SourceCitation
      }
    }
  }
`);

/** A quote with the readable text around it, for "quote in context". */
export const QuoteInContextFragment = graphql(`
  fragment QuoteInContext on Quote {
    text
    start
    end
    context {
      before
      quote
      after
      passages {
        id
        section
      }
    }
  }
`);

/** A comparison of figures for one measure with each pair's verdict: the item page and the contradictions view show the same. */
export const ComparisonResultsFragment = graphql(`
  fragment ComparisonResults on StatisticComparison {
    id
    measure
    results {
      verdict
      difference
      reason
      a {
        id
        valueText
        unit
        source {
          ...SourceCitation
        }
      }
      b {
        id
        valueText
        unit
        source {
          ...SourceCitation
        }
      }
    }
  }
`);

/** One other source's stance on an item, as "where the sources stand" shows it (reader panel and item page). */
export const SourceStanceFragment = graphql(`
  fragment SourceStanceFields on SourceStance {
    stance
    subtype
    rationale
    confidence
    source {
      ...SourceCitation
      kind
    }
    evidence {
      __typename
      id
      quote {
        text
      }
      ... on Claim {
        text
      }
      ... on Statistic {
        valueText
        unit
        measure
      }
    }
  }
`);

/** What the reader's evidence panel and the item page both show of a claim or a statistic. */
export const EvidenceDetailFragment = graphql(`
  fragment EvidenceDetailFields on Evidence {
    __typename
    id
    note
    links {
      ...LinkSummaryFields
    }
    source {
      ...SourceCitation
    }
    topics {
      id
      name
    }
    quote {
      ...QuoteInContext
    }
    ... on Claim {
      text
      kind
      hedged
    }
    ... on Statistic {
      valueText
      unit
      measure
      population
      place
      period
      approximate
      context
    }
  }
`);
