export * from './store';
export * from './materialize';
export * from './version';
