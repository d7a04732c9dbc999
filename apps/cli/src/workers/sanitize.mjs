// Worker threads do not inherit tsx's loader hooks; this shim loads the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./sanitize.ts', import.meta.url);
export default worker.default;
