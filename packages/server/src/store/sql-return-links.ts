import type { SqlDatabase } from './database';
import { toJsonb } from './rows';
import type { OpenedReturnLink, ReturnLinkStore } from './types';

/** The SQL of "save and come back later" links: kept by their token's hash, opened once. */
export function returnLinkQueries(db: SqlDatabase): ReturnLinkStore {
  return {
    async saveReturnLink(link) {
      await db.query(
        `insert into lgds_return_links (token_hash, transaction, answers, created_at, expires_at)
         values ($1, $2, $3::jsonb, $4::timestamptz, $5::timestamptz)`,
        [link.tokenHash, link.transaction, toJsonb(link.answers), link.createdAt, link.expiresAt],
      );
    },

    async openReturnLink(tokenHash, now): Promise<OpenedReturnLink> {
      // One statement marks the link used and returns its answers, so of two clicks at once only one opens it.
      // An expired link's answers are cleared as it is found, so they are kept no longer than the council said.
      const { rows } = await db.query<{
        status: 'opened' | 'used' | 'expired';
        transaction: string;
        answers: Record<string, unknown>;
      }>(
        // One statement takes the answers and marks the link used, so of two clicks at once only one opens it (the
        // second waits for the row lock, then finds it used). The answers leave the row as they are handed over.
        `with found as (
           select token_hash, transaction, answers from lgds_return_links
           where token_hash = $1 and used_at is null and expires_at > $2::timestamptz
           for update
         ), opened as (
           update lgds_return_links l set used_at = $2::timestamptz, answers = '{}'::jsonb
           from found where l.token_hash = found.token_hash
           returning found.transaction, found.answers
         ), expired as (
           update lgds_return_links set answers = '{}'::jsonb
           where token_hash = $1 and used_at is null and expires_at <= $2::timestamptz
         )
         select 'opened' as status, transaction, answers from opened
         union all
         select case when used_at is not null then 'used' else 'expired' end, null, null
         from lgds_return_links
         where token_hash = $1 and (used_at is not null or expires_at <= $2::timestamptz)`,
        [tokenHash, now],
      );
      const row = rows[0];
      if (!row) return { status: 'unknown' };
      if (row.status === 'opened') return { status: 'opened', transaction: row.transaction, answers: row.answers };
      return { status: row.status };
    },
  };
}
