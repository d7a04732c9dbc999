// Nx runs one `fingerprint <stage>` per asset on every invocation, even when everything is cached, so its
// start-up is the floor of a no-op build: it runs from the content-keyed CLI bundle (see bundle.mjs).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliBundle } from './bundle.mjs';

await import(pathToFileURL(join(await cliBundle(), 'fingerprint.mjs')).href);
