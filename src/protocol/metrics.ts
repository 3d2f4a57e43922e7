// The metric descriptor table (sim/metrics.ts) for the page: plain data that names and explains
// every figure the workbench shows, so one table drives every gauge, legend and tooltip.
export { type MetricDescriptor, metricByKey, metricDescriptors } from '../sim/metrics.ts';
