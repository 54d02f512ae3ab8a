// The files of a folder the user picked, with paths relative to it: from the directory picker's handle
// (walked recursively) or from an <input webkitdirectory> file list (whose paths start with the folder's name).
import type { FolderFile } from './planModelFolder';

/** The parts of FileSystemDirectoryHandle used here (the async iteration is not in every TypeScript DOM lib). */
export interface DirectoryHandleLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
}
export interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}

/** No compiled model has this many files; a wrong pick (a home folder) stops here instead of walking the disk. */
export const MAX_FOLDER_FILES = 2000;

export async function filesFromHandle(root: DirectoryHandleLike): Promise<{ name: string; files: FolderFile[] }> {
  const files: FolderFile[] = [];
  const walk = async (dir: DirectoryHandleLike, prefix: string): Promise<void> => {
    for await (const entry of dir.values()) {
      if (files.length >= MAX_FOLDER_FILES) return;
      if (entry.kind === 'file') files.push({ path: prefix + entry.name, file: await entry.getFile() });
      else await walk(entry, `${prefix}${entry.name}/`);
    }
  };
  await walk(root, '');
  return { name: root.name, files };
}

/** Files from <input type=file webkitdirectory>: "Tiny/params_shard_0.bin" becomes "params_shard_0.bin" in "Tiny". */
export function filesFromList(list: ArrayLike<File>): { name: string; files: FolderFile[] } {
  const all = Array.from(list).slice(0, MAX_FOLDER_FILES);
  const paths = all.map((f) => f.webkitRelativePath || f.name);
  const first = paths[0]?.split('/')[0] ?? '';
  const shared = first !== '' && paths.every((p) => p.startsWith(`${first}/`));
  return {
    name: shared ? first : 'model',
    files: all.map((file, i) => ({ path: shared ? paths[i]!.slice(first.length + 1) : paths[i]!, file })),
  };
}
