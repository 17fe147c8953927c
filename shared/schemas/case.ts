/**
 * The case schemas, from one import. They are split by concern into the modules below; over a
 * hundred files import this one, so it re-exports them rather than have every import changed.
 */
export * from './case-summary';
export * from './case-code';
export * from './case-record';
export * from './case-requests';
export * from './case-list';
