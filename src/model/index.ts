export * from './themes.ts';
export * from './enums.ts';
export * from './findings.ts';
export * from './dataset.ts';
export * from './reference.ts';
