// Next.js App Router needs "use client" in the directive prologue of the built module that uses hooks, and
// nowhere else: the components entry must stay usable from React Server Components.
import { readFileSync } from 'node:fs';

function directives(file) {
  const lines = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8').split('\n');
  const prologue = [];
  for (const line of lines) {
    const match = line.trim().match(/^["']([^"']+)["'];?$/);
    if (!match) break;
    prologue.push(match[1]);
  }
  return prologue;
}

const problems = [];
for (const file of ['client.js', 'client.cjs']) {
  if (!directives(file).includes('use client')) problems.push(`dist/${file} must begin with "use client"`);
}
for (const file of ['components.js', 'components.cjs', 'index.js', 'index.cjs']) {
  if (directives(file).includes('use client')) problems.push(`dist/${file} must not be a client module`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('"use client" is kept on dist/client.{js,cjs} only');
