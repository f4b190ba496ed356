/**
 * `@lgds/core/server`: what only a server needs, apart from the engine so that a browser page never loads it or
 * zod: checking a council's rules (`resolveRules` and the `rule` helpers a rules schema is made of), describing them,
 * and the payload's schema for checking what a browser sent. Only here, not in the main entry: a browser page
 * importing the engine then cannot reach zod, whichever bundler builds it.
 *
 * @packageDocumentation
 */

export { payloadJsonSchema, payloadSchema } from './payload';
export { describeRules, type RuleDescription } from './rules/describe-rules';
export { RulesError, type RulesProblem } from './rules/errors';
export { mergeRules } from './rules/merge';
export { type RulesLayer, resolveRules } from './rules/resolve';
export { rulesTable, withRulesTable } from './rules/rules-table';
export { rule } from './rules/schemas';
