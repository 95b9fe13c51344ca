import { graphql } from '../gql/index.ts';

/** The fields every view needs to cite a source. */
export const SourceCitationFragment = graphql(`
  fragment SourceCitation on Source {
    id
    title
    authors
    year
    publisher
  }
`);
