declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';

  /** Options of the fCoSE layout (https://github.com/iVis-at-Bilkent/cytoscape.js-fcose#api). */
  export interface FcoseLayoutOptions extends cytoscape.BaseLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean;
    animationDuration?: number;
    animationEasing?: cytoscape.Css.TransitionTimingFunction;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    uniformNodeDimensions?: boolean;
    packComponents?: boolean;
    samplingType?: boolean;
    sampleSize?: number;
    nodeSeparation?: number;
    piTol?: number;
    nodeRepulsion?: number | ((node: cytoscape.NodeSingular) => number);
    idealEdgeLength?: number | ((edge: cytoscape.EdgeSingular) => number);
    edgeElasticity?: number | ((edge: cytoscape.EdgeSingular) => number);
    nestingFactor?: number;
    numIter?: number;
    tile?: boolean;
    tilingPaddingVertical?: number;
    tilingPaddingHorizontal?: number;
    gravity?: number;
    gravityRangeCompound?: number;
    gravityCompound?: number;
    gravityRange?: number;
    initialEnergyOnIncremental?: number;
    fixedNodeConstraint?: { nodeId: string; position: cytoscape.Position }[];
    alignmentConstraint?: { vertical?: string[][]; horizontal?: string[][] };
    relativePlacementConstraint?: (
      { top: string; bottom: string; gap?: number } | { left: string; right: string; gap?: number }
    )[];
  }

  const fcose: cytoscape.Ext;
  export default fcose;
}
