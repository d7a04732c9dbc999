import { describe, expect, it } from 'vitest';
import { datasetExample } from '../testing/rules';
import { definedNames, describedTask, descriptionProblem } from './description';

const code = (problem: ReturnType<typeof descriptionProblem>) => problem?.code ?? 'ok';

describe('descriptionProblem', () => {
  it.each([
    '[PENDING_DESCRIPTION] - Create a Manim animation using ManimCELogo',
    '[PENDING_DESCRIPTION] - Source: manim/docs/examples.py',
    '[TODO] describe the bar chart',
    'Draw a circle [TBD]',
    '<placeholder>',
    '{description}',
    'PENDING_DESCRIPTION',
    'TODO',
    'TODO: write a description',
    'N/A',
    '',
    'Example from Basic Concepts¶: ManimCELogo',
    'Example from Basic Concepts: ManimCELogo',
    'Moving Angle¶',
    'BooleanOperations Permalink to this heading',
  ])('rejects the placeholder or documentation artefact %j', (description) => {
    expect(code(descriptionProblem(description))).toBe('DESCRIPTION_PLACEHOLDER');
  });

  it.each([
    ['Create a Manim animation using ManimCELogo', []],
    ['Create a Manim animation using Logo', ['Logo']],
    ['Source: https://github.com/ManimCommunity/manim/blob/main/example_scenes/basic.py', []],
    ['SquareToCircle', []],
    ['make_arrow', []],
    ['Manim scene: OpeningManim', ['OpeningManim']],
    ['Create an animation.', []],
  ])('rejects %j as saying nothing beyond a name', (description, names) => {
    expect(code(descriptionProblem(description, names))).toBe('DESCRIPTION_TOO_THIN');
  });

  it('names the class the description stops at', () => {
    expect(descriptionProblem('Create a Manim animation using ManimCELogo')?.message).toMatch(/beyond the name ManimCELogo/);
  });

  it.each([
    'Animate a circle turning into a square',
    'Draw a hexagon.',
    'Make a spiral.',
    'Spin an orange triangle once.',
    'Show a square morphing into a circle',
    'Plot y = sin(x) on a set of axes.',
    "Write 'Hello, Manim!' with a typewriter effect",
    'Count a number up from 0 to 10',
    'Square to circle',
    'Use a ValueTracker to move a dot along a number line',
    'Create a Manim animation using circles and squares',
    'Fade in the TODO list title',
    'Dibuja un círculo azul',
    '画一个蓝色的圆',
  ])('lets the ordinary prompt %j through', (description) => {
    expect(descriptionProblem(description, ['SquareToCircle'])).toBeNull();
  });
});

describe('the description rule', () => {
  it('rejects a placeholder whatever the code, and passes an example nobody has described yet', async () => {
    const flattened = 'from manim import * class ManimCELogo(Scene): def construct(self): self.add(ManimBanner())';
    const placeholder = await describedTask.apply({ example: datasetExample(flattened, { description: '[PENDING_DESCRIPTION] - Create a Manim animation using ManimCELogo' }), code: flattened, fixes: [], facts: null, sceneClasses: [] }, undefined as never);
    expect(placeholder).toMatchObject({ kept: false, code: 'DESCRIPTION_PLACEHOLDER' });
    const thin = await describedTask.apply({ example: datasetExample(flattened, { description: 'Create a Manim animation using ManimCELogo' }), code: flattened, fixes: [], facts: null, sceneClasses: [] }, undefined as never);
    expect(thin).toMatchObject({ kept: false, code: 'DESCRIPTION_TOO_THIN' });
    const pending = await describedTask.apply({ example: datasetExample(flattened, { description: null, descriptionOrigin: 'pending' }), code: flattened, fixes: [], facts: null, sceneClasses: [] }, undefined as never);
    expect(pending.kept).toBe(true);
  });

  it('finds class and function names even in flattened code', () => {
    expect(definedNames('from manim import * class A(Scene): def construct(self): pass def make_arrow(): pass')).toEqual(['A', 'construct', 'make_arrow']);
  });
});
