export * from './config';
export * from './render';
