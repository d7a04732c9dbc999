export * from './curated';
export * from './brief';
export * from './variants';
export * from './catalog';
