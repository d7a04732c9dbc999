export * from './assign';
export * from './rank';
// Split groups are built from duplicates with @dataset/dedup's union-find: imported as '@dataset/split/groups',
// so that what only assigns splits does not load (or depend on) the dedup library.
