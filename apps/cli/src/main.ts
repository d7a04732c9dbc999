import { InputError } from '@dataset/domain';
import { DatabaseError } from '@dataset/sources';
import { currentConfig } from './inputs';
import { fingerprint } from './fingerprint';
import { materializeRaw } from './stages/raw';
import { materializeSanitized } from './stages/sanitized';
import { materializePrompts } from './stages/prompts';
import { materializeSplits } from './stages/splits';
import { materializeUpload } from './stages/upload';
import { preview } from './stages/preview';

const USAGE = 'usage: dataset <raw|sanitized|prompts|splits|upload|preview|fingerprint <stage>>';

async function run(args: string[]): Promise<void> {
  const [command, arg] = args;
  switch (command) {
    case 'raw':
      return materializeRaw(currentConfig());
    case 'sanitized':
      return materializeSanitized();
    case 'prompts':
      return materializePrompts(currentConfig());
    case 'splits':
      return materializeSplits(currentConfig());
    case 'upload':
      return materializeUpload(currentConfig());
    case 'preview':
      return preview();
    case 'fingerprint':
      console.log(await fingerprint(arg ?? '', currentConfig()));
      return;
    default:
      throw new UsageError(USAGE);
  }
}

class UsageError extends Error {}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof InputError || error instanceof DatabaseError || error instanceof UsageError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
