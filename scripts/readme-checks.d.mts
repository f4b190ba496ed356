// The types of readme-checks.mjs, for the packages' readme tests, which are TypeScript.

/**
 * What the checks use of @lgds/core, lent by the package's test (`import { createFlow } from '@lgds/core'` and the
 * rest from `@lgds/core/server`): this folder cannot import it.
 */
export interface LgdsCore {
  withRulesTable(readme: string, transaction: never, marker?: string): string;
  resolveRules(transaction: never, ...layers: never[]): unknown;
  createFlow(transaction: never, rules: never, options?: { today?: () => string }): unknown;
  payloadSchema(flow: never): { safeParse(data: unknown): { success: boolean } };
  RulesError: abstract new (...args: never[]) => Error;
}

/** A package's transaction, its rules and the rest, as the checks pass them on to @lgds/core. */
type Data = object;

export interface RulesExamples {
  transaction: Data;
  /** The preset the README's rules file is laid over (`presets.exampleshire`). */
  preset: Data;
  /** The mistakes whose `RulesError` the README shows, laid over the preset and the rules file. */
  mistakes: Data;
  /** The day the payload example was sent (yyyy-MM-dd), when what the journey offers depends on the day. */
  today?: string;
}

export function documentedImportsExist(entries: Readonly<Record<string, object>>): void;
export function rulesTablesMatch(
  readmeUrl: URL,
  core: Pick<LgdsCore, 'withRulesTable'>,
  tables: Readonly<Record<string, Data>>,
): void;
export function rulesExamplesHold(readmeUrl: URL, core: LgdsCore, examples: RulesExamples): void;
export function transactionReadmeChecks(
  readmeUrl: URL,
  core: LgdsCore,
  checks: RulesExamples & { entries: Readonly<Record<string, object>> },
): void;
