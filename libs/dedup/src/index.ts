export { tokenize, shingleSet, jaccard, ShingleDictionary, encodedJaccard } from './shingles';
export { MinHasher, hash32, estimateJaccard } from './minhash';
export {
  exactDuplicateGroups,
  nearDuplicateGroups,
  nearDuplicatePairs,
  updateNearDuplicatePairs,
  type NearDuplicateState,
  minHashSignature,
  groupsFromPairs,
  NEAR_DUPLICATE_DEFAULTS,
  defaultBands,
  type DedupItem,
  type NearDuplicateOptions,
  type NearDuplicatePair,
} from './groups';
