import { classesOf, renderableScenes, sceneClassNames } from '../scenes';
import { factsOf, keep, reject, type CleanRule } from './rule';

/** At least one Scene subclass that defines (or inherits, from code here) `construct`. */
export const sceneStructure: CleanRule = {
  name: 'scene-structure',
  apply: async (candidate) => {
    const facts = factsOf(candidate);
    const scenes = sceneClassNames(classesOf(facts));
    if (scenes.size === 0) return reject('NO_SCENE_CLASS', 'no class derives from Scene (or another …Scene class)');
    const renderable = renderableScenes(facts);
    if (renderable.length === 0) return reject('NO_CONSTRUCT', `no construct() in ${[...scenes].join(', ')}`);
    return keep({ ...candidate, sceneClasses: renderable });
  },
};
