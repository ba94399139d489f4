/** The quiz domain: pure TypeScript, shared by the server, scripts and tests. */
export * from './random';
export * from './name';
export * from './attempt';
export * from './view';
export * from './bank';
export type * from './types';
