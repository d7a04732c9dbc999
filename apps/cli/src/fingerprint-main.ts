import { InputError } from '@dataset/domain';
import { fingerprint } from './fingerprint';
import { currentConfig } from './inputs/config';

/** Entry of the bundled fingerprint command (see bin/fingerprint.mjs): prints one stage's runtime digest. */
fingerprint(process.argv[2] ?? '', currentConfig()).then(
  (digest) => {
    console.log(digest);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof InputError ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
