// cytoscape-svg ships no types: it is a Cytoscape extension adding cy.svg(options): string.
declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}
