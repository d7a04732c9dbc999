export * from './canonical';
export * from './raw';
export * from './scene';
export * from './prompt';
export * from './example';
export * from './jsonl';
export * from './digest';
