// The run's figures, after Playwright's own summary: journeys walked to their confirmation, pages seen, axe checks
// and the violations they found, for each project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countsDir } from './pages';

interface Line {
  project: string;
  journey?: string;
  kind?: string;
  page?: string;
  violations?: number;
}

export default function globalTeardown() {
  const lines: Line[] = existsSync(countsDir)
    ? readdirSync(countsDir).flatMap((file) =>
        readFileSync(join(countsDir, file), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Line),
      )
    : [];
  const figures = (wanted: Line[]) => {
    const pages = wanted.filter((line) => line.page !== undefined);
    const walked = (kind: string) => wanted.filter((line) => line.journey !== undefined && line.kind === kind).length;
    const violations = pages.reduce((total, line) => total + (line.violations ?? 0), 0);
    return (
      `${walked('transaction')} journeys walked to their confirmation, ${walked('home')} home page walks, ` +
      `${pages.length} pages, ${pages.length} axe checks, ${violations} violations`
    );
  };
  for (const project of [...new Set(lines.map((line) => line.project))].sort()) {
    console.log(`e2e ${project}: ${figures(lines.filter((line) => line.project === project))}`);
  }
  console.log(`e2e: ${figures(lines)}`);
}
