export * from './input';
export { barChart, histogram, histogramBins, tally, type Bar } from './charts';
export { renderDatasetCard, sizeCategory } from './card';
export { renderReportHtml } from './html';
