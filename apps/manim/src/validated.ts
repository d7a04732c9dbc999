import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SPLIT_NAMES, type SplitName, parseJsonl, toJsonl } from '@dataset/domain';
import { replaceDirectoryAtomic } from '@dataset/manim/files';
import { ChatLine, ChatMetaLine, RenderVerdict, type SplitFile, keepRendered } from '@dataset/manim/validated';
import { validatedCard } from '@dataset/manim/validated/card';
import { runCommand } from './run';

const readJsonl = <S extends Parameters<typeof parseJsonl>[1]>(path: string, schema: S) => parseJsonl(readFileSync(path, 'utf8'), schema, path);

await runCommand('validated', async () => {
  const { values } = parseArgs({
    options: {
      combined: { type: 'string', default: 'dist/manim/combined' },
      render: { type: 'string', default: 'dist/manim/render' },
      out: { type: 'string', default: 'dist/manim/validated' },
    },
  });
  const combined = resolve(values.combined);
  const render = resolve(values.render);
  const splits = {} as Record<SplitName, SplitFile>;
  for (const split of SPLIT_NAMES) {
    splits[split] = { lines: readJsonl(join(combined, `${split}.jsonl`), ChatLine), meta: readJsonl(join(combined, `${split}.meta.jsonl`), ChatMetaLine) };
  }
  const dataset = keepRendered(splits, readJsonl(join(render, 'outcomes.jsonl'), RenderVerdict));
  const card = validatedCard(dataset.report, dataset.removed, readFileSync(join(render, 'card.md'), 'utf8'), readFileSync(join(combined, 'README.md'), 'utf8'));
  await replaceDirectoryAtomic(resolve(values.out), (directory) => {
    for (const split of SPLIT_NAMES) {
      writeFileSync(join(directory, `${split}.jsonl`), toJsonl(dataset.splits[split].lines));
      writeFileSync(join(directory, `${split}.meta.jsonl`), toJsonl(dataset.splits[split].meta));
    }
    writeFileSync(join(directory, 'removed.jsonl'), toJsonl(dataset.removed));
    writeFileSync(join(directory, 'report.json'), JSON.stringify(dataset.report, null, 2) + '\n');
    writeFileSync(join(directory, 'README.md'), card);
  });
  const { report } = dataset;
  const counts = SPLIT_NAMES.map((s) => `${s} ${report.splits[s].kept}`).join(', ');
  console.log(`validated: ${report.kept} of ${report.combined} examples (${counts}); ${report.rendered} rendered, ${report.notValidated} not render-validated, ${report.removed} removed as render rejections`);
});
