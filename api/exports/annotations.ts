/**
 * Evidence quotes as a W3C Web Annotation collection (JSON-LD): each item's quote is the target,
 * with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end) into
 * the source document, identified by the sha256 of its bytes; the body is our neutral statement.
 */
export interface AnnotatedItem {
  id: string;
  type: 'Claim' | 'Statistic';
  text: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  source: { id: string; title: string; sha256: string };
}

export function annotationsToJsonLd(items: AnnotatedItem[], generatedAt: string): object {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:triangulate:annotations',
    type: 'AnnotationCollection',
    label: 'Triangulate evidence quotes',
    total: items.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: items.map((i) => ({
        id: `urn:triangulate:evidence:${encodeURIComponent(i.id)}`,
        type: 'Annotation',
        motivation: 'describing',
        created: generatedAt,
        body: { type: 'TextualBody', value: i.text, format: 'text/plain', language: 'en', purpose: 'describing' },
        target: {
          source: `urn:sha256:${i.source.sha256}`,
          type: 'Text',
          selector: [
            { type: 'TextQuoteSelector', exact: i.quote, prefix: i.prefix, suffix: i.suffix },
            { type: 'TextPositionSelector', start: i.start, end: i.end },
          ],
        },
      })),
    },
  };
}
