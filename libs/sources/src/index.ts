export * from './metadata';
export * from './postgres';
export * from './embedded';
export * from './assemble';
export * from './files';
export * from './code';
