import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PythonChecker } from '../python/checker';
import { applyRule, contextFor, datasetExample } from '../testing/rules';
import { allowedImports } from './allowed-imports';

let checker: PythonChecker;
beforeAll(async () => {
  checker = await PythonChecker.start();
});
afterAll(() => checker.close());

const scene = (...imports: string[]) => [...imports, 'from manim import *', '', 'class A(Scene):', '    def construct(self):', '        self.add(Circle())'].join('\n');
const run = (code: string, allowed?: string[]) =>
  applyRule(allowedImports, datasetExample(code), contextFor(checker, allowed ? { allowedImports: new Set(allowed) } : {}));

describe('allowed imports', () => {
  it('rejects a third-party Manim plugin the system prompt does not mention', async () => {
    const outcome = await run(scene('from manim_physics import *'));
    expect(outcome).toMatchObject({ kept: false, code: 'IMPORT_NOT_ALLOWED' });
    if (!outcome.kept) expect(outcome.message).toMatch(/^imports manim_physics: /);
  });

  it('finds an import however deep it is written', async () => {
    const code = scene().replace('        self.add(Circle())', '        import manim_slides\n        self.add(Circle())');
    expect(await run(code)).toMatchObject({ kept: false, code: 'IMPORT_NOT_ALLOWED' });
  });

  it('keeps the standard library, manim submodules and the default allow-list', async () => {
    const code = scene('import math, random', 'from itertools import cycle', 'import numpy as np', 'from scipy.integrate import odeint', 'from manim.utils.rate_functions import smooth');
    expect(await run(code)).toMatchObject({ kept: true });
  });

  it('follows the configured list: a package added is kept, a default removed is not', async () => {
    expect(await run(scene('from manim_physics import *'), ['manim_physics'])).toMatchObject({ kept: true });
    expect(await run(scene('import numpy as np'), [])).toMatchObject({ kept: false, code: 'IMPORT_NOT_ALLOWED' });
  });

  it('rejects a relative import: the file it names does not travel with the example', async () => {
    const outcome = await run(scene('from .helpers import make_arrow'));
    expect(outcome).toMatchObject({ kept: false, code: 'IMPORT_NOT_ALLOWED' });
    if (!outcome.kept) expect(outcome.message).toMatch(/\.helpers \(relative\)/);
  });
});
