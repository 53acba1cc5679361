declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  /** Registers `cy.svg({ full, scale, bg })` (https://github.com/kinimesi/cytoscape-svg). */
  const svg: cytoscape.Ext;
  export default svg;
}
