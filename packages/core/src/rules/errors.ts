/**
 * A setting's path as a council finds it in its rules file: `pricing.additionalBin`, `concessions.0.label.cy`. A
 * setting with an empty name shows as `(empty name)`, so no problem is ever reported without a place to look.
 */
export function settingPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (key === '' ? '(empty name)' : String(key))).join('.');
}

/** One thing wrong in a council's rules. */
export interface RulesProblem {
  /** Where it is, as a dotted path (`pricing.additionalBin`, `concessions.0.label.cy`); empty for the rules as a whole. */
  path: string;
  /** What is wrong, in plain English, ending with the value found where that helps. */
  message: string;
}

/**
 * Thrown by `resolveRules` when a council's rules are wrong. It lists every
 * problem at once, so a council fixes its rules file in one go.
 */
export class RulesError extends Error {
  /** Every problem found, in the order of the rules file. */
  readonly problems: readonly RulesProblem[];
  /** The transaction whose rules these are. */
  readonly transaction: string;

  constructor(transaction: string, problems: readonly RulesProblem[]) {
    const lines = problems.map((problem) => `- ${problem.path || '(the rules)'}: ${problem.message}`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The local rules for ${transaction} have ${count}:\n${lines.join('\n')}`);
    this.name = 'RulesError';
    this.transaction = transaction;
    this.problems = problems;
  }
}
