export * from './predicates';
export * from './status';
export * from './errors';
export * from './types';
export * from './relationship';
export * from './text';
export * from './compare';
