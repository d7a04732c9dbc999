import type { IgnoredField } from '@dataset/domain';
import type { CleanSpec, SourceKind } from '../config';
import type { ExampleRejection, RawExample } from '../model';
import type { PythonChecker } from '../python/checker';

/** What a source knows beyond its examples, for telling "defined elsewhere" from "defined nowhere". */
export interface SourceIndex {
  /** Top-level names defined in the source, with where (file or record locators). */
  definitions: ReadonlyMap<string, readonly string[]>;
  /** Module names that are files of this source (`helpers`, `pkg.util`): importing one is a dependency. */
  localModules: ReadonlySet<string>;
}

export interface SourceRead {
  examples: RawExample[];
  /** Records that never became examples (not JSON, no code, a file that does not parse). */
  rejections: ExampleRejection[];
  /** Known when reading (repositories); dataset sources get theirs built from their examples. */
  index: SourceIndex | null;
  /** Fields a dataset's records carried that no shape reads, counted (absent for repositories, which have no records). */
  ignoredFields?: IgnoredField[];
}

export interface SourceTools {
  checker: PythonChecker;
}

/** One shape of source. Adding a shape is a module exporting one of these plus a line in `sources/index.ts`. */
export interface SourcePlugin {
  kind: SourceKind;
  read(spec: CleanSpec, tools: SourceTools): Promise<SourceRead>;
}
