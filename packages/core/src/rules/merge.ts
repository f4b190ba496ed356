import { forbiddenKeys } from './plain-data';

function isSettings(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lays a council's overrides over a preset: settings merge key by key, while
 * lists and values replace what was there. Keys that could pollute prototypes
 * are skipped (resolveRules reports them). Neither input is changed.
 */
export function mergeRules(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isSettings(base) || !isSettings(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    if (forbiddenKeys.has(key)) continue;
    merged[key] = Object.hasOwn(base, key) ? mergeRules(base[key], override[key]) : override[key];
  }
  return merged;
}
