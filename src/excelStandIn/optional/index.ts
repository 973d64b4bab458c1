/** The stand-in's optional parts: PivotTables with slicers, and charts. Each plugs into the core (core/parts.ts). */
import type { StandInPart } from '../core/parts';
import { chartPart } from './chart';
import { pivotPart } from './pivot';

export const OPTIONAL_PARTS: readonly StandInPart[] = [pivotPart, chartPart];

export { chartsOn, chartRangeText, type ChartModel, type ChartRangeModel } from './chart';
export { pivotsOf, slicersOf, type PivotModel, type SlicerModel } from './pivotModel';
