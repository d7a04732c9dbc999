import { resolve } from 'node:path';
import { APT_LATEX_PACKAGES, renderVenvPath, setupRenderEnvironment } from '@dataset/manim/render/environment';
import { runCommand } from './run';

/** `npx nx run manim:setup-render`: the virtual environment `manim:render` renders with. */
await runCommand('setup-render', async () => {
  const venv = renderVenvPath(resolve('.'));
  const outcome = setupRenderEnvironment(venv, { python: process.env['MANIM_PYTHON'] || 'python3', log: (line) => console.log(`setup-render: ${line}`) });
  console.log(`setup-render: manim ${outcome.manim} ${outcome.installed ? 'installed in' : 'already set up in'} ${outcome.venv}`);
  if (!outcome.latex) console.log(`setup-render: no latex/dvisvgm: Tex and MathTex scenes will be skipped (apt-get install -y ${APT_LATEX_PACKAGES.join(' ')})`);
});
