// Starts the run's figures afresh (e2e/pages.ts adds a line for each page checked and each journey walked).
import { rmSync } from 'node:fs';
import { countsDir, screenshotsDir } from './pages';

export default function globalSetup() {
  rmSync(countsDir, { recursive: true, force: true });
  rmSync(screenshotsDir, { recursive: true, force: true });
}
