/**
 * `@lgds/core/server`: what only a server needs, apart from the engine so that a browser page never loads it or
 * zod: checking a council's rules (`resolveRules` and the `rule` helpers a rules schema is made of), describing them,
 * and the payload's schema for checking what a browser sent. The main entry `@lgds/core` exports the same names, so
 * either import works on a server; bundlers leave this part out of browser pages that do not use it.
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
