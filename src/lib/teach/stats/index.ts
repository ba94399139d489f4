/** Class results and item statistics of an assignment. Pure TypeScript. */
export * from './results';
export * from './discrimination';
export * from './format';
