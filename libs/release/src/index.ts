export * from './files';
export * from './publish';
