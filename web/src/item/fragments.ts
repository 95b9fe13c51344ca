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
