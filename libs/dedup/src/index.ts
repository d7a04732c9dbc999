export { tokenize, shingleSet, jaccard } from './shingles';
export { MinHasher, hash32, estimateJaccard } from './minhash';
export {
  exactDuplicateGroups,
  nearDuplicateGroups,
  nearDuplicatePairs,
  minHashSignature,
  groupsFromPairs,
  NEAR_DUPLICATE_DEFAULTS,
  defaultBands,
  type DedupItem,
  type NearDuplicateOptions,
  type NearDuplicatePair,
} from './groups';
