// The asset targets' command: `node apps/cli/bin/dataset.mjs <stage>` runs the CLI from its content-keyed
// bundle (see bundle.mjs) instead of compiling TypeScript on every start.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliBundle } from './bundle.mjs';

await import(pathToFileURL(join(await cliBundle(), 'main.mjs')).href);
