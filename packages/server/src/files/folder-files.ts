import { sha256Hex } from './sha256';
import type { FileStore, StoredFileDetails } from './types';

// What is written beside each file's bytes: its details, when it came and the submission it went with.
type FileRecord = StoredFileDetails & { uploadedAt: string };

// Ids and references are made by the service; anything else is refused before it comes near a path.
const safeName = /^[A-Za-z0-9_-]{1,100}$/;

function checked(name: string): string {
  if (!safeName.test(name)) throw new Error('A file id or reference must be letters, digits, _ or -');
  return name;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Uploaded files in a folder on this machine: `<id>.bin` holds a file's bytes and `<id>.json` its details, and
 * `sent/<reference>.json` the files sent with a submission. Names in the folder are the service's random ids, never
 * the names residents' files had. For one service process, or a folder every process shares (a network disk).
 * `deleteUnsent` goes by time alone, as a folder cannot see the answers: the service calls it with the time before
 * which no answers can still hold a file.
 *
 * @example
 * import { folderFileStore } from '@lgds/server';
 *
 * const files = folderFileStore('./data/files'); // give it to createService as `files`
 */
export function folderFileStore(dir: string): FileStore {
  // Loaded when first used, as `pgliteStore` loads its own: the main entry must load where there is no file system.
  const fs = import('node:fs/promises');
  const sent = `${dir}/sent`;
  const ready = fs.then(({ mkdir }) => mkdir(sent, { recursive: true }));
  ready.catch(() => {}); // reported by the first call that needs the folder
  const path = (id: string, ending: 'bin' | 'json') => `${dir}/${checked(id)}.${ending}`;
  // Written to a new name and renamed, so a reader never sees half a file.
  const write = async (file: string, content: string | Uint8Array) => {
    const { rename, writeFile } = await fs;
    await ready;
    const partial = `${file}.${crypto.randomUUID()}.partial`;
    await writeFile(partial, content);
    await rename(partial, file);
  };
  const readJson = async <T>(file: string): Promise<T | undefined> => {
    try {
      return JSON.parse(await (await fs).readFile(file, 'utf8')) as T;
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  };
  const readRecord = (id: string) => readJson<FileRecord>(path(id, 'json'));
  const details = ({ uploadedAt: _at, ...rest }: FileRecord): StoredFileDetails => rest;
  const remove = async (id: string) => {
    const { rm } = await fs;
    await Promise.all([rm(path(id, 'bin'), { force: true }), rm(path(id, 'json'), { force: true })]);
  };

  return {
    async put(file) {
      const record: FileRecord = {
        id: checked(file.id),
        name: file.name,
        type: file.type,
        size: file.content.byteLength,
        sha256: await sha256Hex(file.content),
        uploadedAt: file.uploadedAt.toISOString(),
      };
      await write(path(file.id, 'bin'), file.content);
      await write(path(file.id, 'json'), JSON.stringify(record));
      return details(record);
    },

    async get(id) {
      if (!safeName.test(id)) return undefined;
      const record = await readRecord(id);
      if (!record) return undefined;
      return { ...details(record), content: new Uint8Array(await (await fs).readFile(path(id, 'bin'))) };
    },

    async delete(ids) {
      for (const id of ids) {
        const record = await readRecord(id);
        if (record && record.reference === undefined) await remove(id);
      }
    },

    async keepWithSubmission(reference, ids) {
      const kept: string[] = [];
      for (const id of ids) {
        const record = await readRecord(id);
        if (!record || (record.reference !== undefined && record.reference !== reference)) continue;
        kept.push(id);
        if (record.reference === undefined) await write(path(id, 'json'), JSON.stringify({ ...record, reference }));
      }
      await write(`${sent}/${checked(reference)}.json`, JSON.stringify(kept));
    },

    async deleteUnsent(before) {
      await ready;
      let deleted = 0;
      for (const entry of await (await fs).readdir(dir)) {
        if (!entry.endsWith('.json')) continue;
        const record = await readRecord(entry.slice(0, -'.json'.length));
        if (record && record.reference === undefined && Date.parse(record.uploadedAt) < before.getTime()) {
          await remove(record.id);
          deleted++;
        }
      }
      return deleted;
    },

    async listForSubmission(reference) {
      const ids = (await readJson<string[]>(`${sent}/${checked(reference)}.json`)) ?? [];
      const records = await Promise.all(ids.map(readRecord));
      return records.filter((record): record is FileRecord => record !== undefined).map(details);
    },
  };
}
