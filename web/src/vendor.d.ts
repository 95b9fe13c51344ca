// cytoscape-svg ships no types: it is a Cytoscape extension adding cy.svg(options): string.
declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}

// citation-js ships no types: the item page uses Cite(data).format('bibliography', …) only (typed where it is used).
declare module '@citation-js/core';
declare module '@citation-js/plugin-csl';
