/**
 * The Manim Community release the dataset is written for, stated once: the render environment installs it
 * (`npx nx run manim:setup-render`) and the committed export list is generated from its wheel
 * (data/manim/manim-exports-<version>.json). Changing it reinstalls the environment and renders again.
 */
export const MANIM_VERSION = '0.22.0';
