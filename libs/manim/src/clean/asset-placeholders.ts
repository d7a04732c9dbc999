import type { FixCode } from '../codes';

export type AssetCategory = 'character' | 'icon' | 'photo' | 'background' | 'math';

/** Words that say what an image shows, checked in this order (a "teacher photo" is a character). */
const CATEGORY_WORDS: readonly [AssetCategory, readonly string[]][] = [
  ['character', ['person', 'people', 'man', 'woman', 'boy', 'girl', 'character', 'avatar', 'student', 'teacher', 'human', 'face', 'player', 'kid', 'child', 'stickman', 'creature', 'professor', 'worker', 'user']],
  ['background', ['background', 'bg', 'backdrop', 'wallpaper', 'sky', 'scenery', 'landscape']],
  ['math', ['formula', 'equation', 'integral', 'sigma', 'sum', 'infinity', 'sqrt', 'derivative', 'math', 'pi']],
  ['icon', ['icon', 'logo', 'symbol', 'factory', 'house', 'home', 'building', 'gear', 'cog', 'button', 'badge', 'emoji', 'heart', 'star', 'cloud', 'server', 'database', 'phone', 'laptop', 'computer', 'car', 'tree', 'arrow']],
  ['photo', ['photo', 'picture', 'pic', 'img', 'image', 'photograph', 'portrait', 'snapshot', 'screenshot']],
];

/** Lower-case words of identifiers and file names: "assets/TeamPhoto_2.png" → team, photo, 2, png. */
export function contextWords(...texts: readonly (string | null | undefined)[]): string[] {
  return texts
    .filter((t): t is string => Boolean(t))
    .flatMap((t) => t.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/))
    .map((w) => w.toLowerCase())
    .filter((w, i, all) => w !== '' && all.indexOf(w) === i);
}

/** What a missing image most likely showed, from its file name and the variable holding it. */
export function categorize(words: readonly string[], loader: 'image' | 'svg'): AssetCategory {
  for (const [category, vocabulary] of CATEGORY_WORDS) {
    if (words.some((w) => vocabulary.includes(w))) return category;
  }
  return loader === 'svg' ? 'icon' : 'photo';
}

const pyString = (text: string) => JSON.stringify(text);

/** "assets/team_photo.png" → "team photo": a label a viewer can read in place of the picture. */
export function labelFor(path: string | null, variable: string | null): string {
  const stem = path ? (path.split(/[\\/]/).pop() ?? path).replace(/\.[A-Za-z0-9]+$/, '') : null;
  const fromName = contextWords(stem);
  const words = fromName.length > 0 ? fromName : contextWords(variable);
  return words.slice(0, 3).join(' ') || 'image';
}

const STICK_FIGURE =
  'VGroup(Circle(radius=0.25).shift(UP * 0.75), Line(UP * 0.5, DOWN * 0.35), Line(UP * 0.2 + LEFT * 0.45, UP * 0.2 + RIGHT * 0.45), ' +
  'Line(DOWN * 0.35, DOWN * 1.0 + LEFT * 0.35), Line(DOWN * 0.35, DOWN * 1.0 + RIGHT * 0.35))';

const ICONS: readonly [readonly string[], string][] = [
  // A factory reads as a building with chimneys: a rectangle with smaller rectangles on top.
  [['factory'], 'VGroup(Rectangle(width=1.6, height=0.9), Rectangle(width=0.3, height=0.6).shift(UP * 0.75 + LEFT * 0.45), Rectangle(width=0.3, height=0.45).shift(UP * 0.67 + RIGHT * 0.1))'],
  [['house', 'home', 'building'], 'VGroup(Square(side_length=1.2), Triangle().scale(0.75).shift(UP * 0.95))'],
  [['gear', 'cog'], 'VGroup(Circle(radius=0.5), Circle(radius=0.2))'],
  [['star'], 'Star(n=5, outer_radius=0.6)'],
  [['heart'], 'VGroup(Circle(radius=0.3).shift(LEFT * 0.22 + UP * 0.1), Circle(radius=0.3).shift(RIGHT * 0.22 + UP * 0.1), Triangle().rotate(PI).scale(0.5).shift(DOWN * 0.3))'],
  [['cloud'], 'VGroup(Circle(radius=0.35).shift(LEFT * 0.35), Circle(radius=0.45).shift(UP * 0.15), Circle(radius=0.35).shift(RIGHT * 0.35))'],
  [['arrow'], 'Arrow(LEFT, RIGHT)'],
];

const MATH: readonly [readonly string[], string][] = [
  [['integral'], '\\int'],
  [['sigma', 'sum'], '\\Sigma'],
  [['infinity'], '\\infty'],
  [['sqrt'], '\\sqrt{x}'],
  [['derivative'], '\\frac{d}{dx}'],
  [['pi'], '\\pi'],
];

const BACKGROUND_COLOURS: readonly [readonly string[], string][] = [
  [['sky', 'day', 'ocean', 'sea', 'water'], 'BLUE_E'],
  [['forest', 'grass', 'field', 'nature'], 'GREEN_E'],
  [['sunset', 'desert', 'sand'], 'GOLD_E'],
  [['night', 'space', 'dark', 'galaxy'], 'DARK_BLUE'],
];

/** The entry for the first word any entry knows: in "night_sky", night decides before sky. */
function pick<T>(table: readonly [readonly string[], T][], words: readonly string[], fallback: T): T {
  for (const word of words) {
    const entry = table.find(([keys]) => keys.includes(word));
    if (entry) return entry[1];
  }
  return fallback;
}

/** A Manim expression standing in for a missing image; it is a Mobject, so position/scale calls still apply. */
export function placeholderFor(category: AssetCategory, words: readonly string[], label: string): { expression: string; fix: FixCode; describes: string } {
  switch (category) {
    case 'character':
      return { expression: STICK_FIGURE, fix: 'ASSET_PLACEHOLDER_CHARACTER', describes: 'a stick figure' };
    case 'icon':
      return {
        expression: pick(ICONS, words, `VGroup(RoundedRectangle(corner_radius=0.15, width=1.2, height=1.2), Text(${pyString(label)}, font_size=20))`),
        fix: 'ASSET_PLACEHOLDER_ICON',
        describes: 'simple shapes',
      };
    case 'photo':
      return { expression: `VGroup(Rectangle(width=4, height=3), Text(${pyString(label)}, font_size=28))`, fix: 'ASSET_PLACEHOLDER_PHOTO', describes: 'a labelled rectangle' };
    case 'background':
      return {
        expression: `Rectangle(width=config.frame_width, height=config.frame_height, stroke_width=0, fill_color=${pick(BACKGROUND_COLOURS, words, 'GREY_E')}, fill_opacity=1)`,
        fix: 'ASSET_PLACEHOLDER_BACKGROUND',
        describes: 'a solid colour',
      };
    case 'math':
      return { expression: `MathTex(r"${pick(MATH, words, 'f(x)')}")`, fix: 'ASSET_PLACEHOLDER_MATH', describes: 'MathTex' };
  }
}
