export {
  buildProjection,
  wholeGraphProjection,
  stepRelationships,
  type Projection,
} from './projection';
export { allPaths, shortestPath, type Path, type PathSearch } from './paths';
export { computeMetrics, type MetricsResult, type NodeMetrics } from './metrics';
