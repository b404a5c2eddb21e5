export * from './enums.js';
export * from './node-types.js';
export * from './relationship-types.js';
export * from './records.js';
export * from './codec.js';
export * from './slug.js';
export * from './article.js';
export * from './ocid.js';
