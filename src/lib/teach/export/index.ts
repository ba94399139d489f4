/** Exporters of an assignment: gradebook CSV, Moodle GIFT, Moodle XML, Aiken. Pure TypeScript. */
export * from './types';
export { BOM, csvCell, toCsv, gradebookCsv, GRADEBOOK_HEADER, type Cell } from './csv';
export { toGift, escapeGift } from './gift';
export { toMoodleXml } from './moodle-xml';
export { toAiken, aikenStem, AIKEN_LETTERS } from './aiken';
export * from './assignment';
export { escapeHtml } from './text';
