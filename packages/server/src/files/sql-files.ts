import type { SqlDatabase, SqlQueryable } from '../store/database';
import { sha256Hex } from './sha256';
import type { FileStore, StoredFile, StoredFileDetails } from './types';

// Files live in a `bytea` column of `lgds_files` (migration 4), not in PostgreSQL's large objects, although PGlite
// runs those too: a large object outlives the row that names it unless something unlinks it (a deleted submission
// or an expired journey would leave its bytes behind for `vacuumlo`), while a row's bytes go with the row, by the
// same `on delete cascade` as the rest of a submission. Evidence is megabytes, far below bytea's 1 GB.

type FileRow = {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  reference: string | null;
  content?: Uint8Array;
};

const detailColumns = 'id, name, type, size, sha256, reference';

function detailsOf(row: FileRow): StoredFileDetails {
  const details: StoredFileDetails = { id: row.id, name: row.name, type: row.type, size: row.size, sha256: row.sha256 };
  if (row.reference !== null) details.reference = row.reference;
  return details;
}

// A list of ids as one `jsonb` parameter: PGlite and `pg` send it the same way, unlike arrays.
const idsIn = (param: string) => `id in (select jsonb_array_elements_text(${param}::jsonb))`;

/**
 * Keeps files with the submission they were sent with: the store's `submit` calls it in the submission's own
 * database transaction, so a stored submission always has its files and a rolled-back one leaves them as they were.
 * Only files not yet kept with another submission.
 */
export async function keepFilesWithSubmission(
  db: SqlQueryable,
  reference: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await db.query(`update lgds_files set reference = $1 where ${idsIn('$2')} and reference is null`, [
    reference,
    JSON.stringify(ids),
  ]);
}

/**
 * Deletes files never sent that no journey and no "come back later" link holds any more, uploaded before `before`
 * (a file is kept a moment before the answers that hold it are saved). Returns how many went.
 */
export async function deleteUnsentFiles(db: SqlQueryable, before: Date): Promise<number> {
  // An id is 32 random characters, so finding it in the answers' JSON text cannot match anything else.
  const { rows } = await db.query<{ id: string }>(
    `delete from lgds_files f
     where f.reference is null and f.uploaded_at < $1::timestamptz
       and not exists (select 1 from lgds_journeys j where strpos(j.answers::text, f.id) > 0)
       and not exists (select 1 from lgds_return_links l where strpos(l.answers::text, f.id) > 0)
     returning f.id`,
    [before],
  );
  return rows.length;
}

/**
 * Uploaded files in the service's own database (PGlite or PostgreSQL), beside the answers and submissions: what
 * `pgliteStore` and `postgresStore` give the service unless it is given a `files` store of its own.
 */
export function sqlFileStore(db: SqlDatabase): FileStore {
  return {
    async put(file) {
      const sha256 = await sha256Hex(file.content);
      const { rows } = await db.query<FileRow>(
        `insert into lgds_files (id, session_id, transaction, name, type, size, sha256, content, uploaded_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz)
         returning ${detailColumns}`,
        [
          file.id,
          file.owner.session,
          file.owner.transaction,
          file.name,
          file.type,
          file.content.byteLength,
          sha256,
          file.content,
          file.uploadedAt,
        ],
      );
      return detailsOf(rows[0] as FileRow);
    },

    async get(id) {
      const { rows } = await db.query<FileRow>(`select ${detailColumns}, content from lgds_files where id = $1`, [id]);
      const row = rows[0];
      if (!row?.content) return undefined;
      // `pg` gives a Buffer and PGlite a Uint8Array: one plain view of the same bytes for both.
      const content = new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength);
      return { ...detailsOf(row), content } satisfies StoredFile;
    },

    async delete(ids) {
      if (ids.length === 0) return;
      await db.query(`delete from lgds_files where ${idsIn('$1')} and reference is null`, [JSON.stringify(ids)]);
    },

    keepWithSubmission: (reference, ids) => keepFilesWithSubmission(db, reference, ids),

    deleteUnsent: (before) => deleteUnsentFiles(db, before),

    async listForSubmission(reference) {
      const { rows } = await db.query<FileRow>(
        `select ${detailColumns} from lgds_files where reference = $1 order by uploaded_at, id`,
        [reference],
      );
      return rows.map(detailsOf);
    },
  };
}
