// The `lgds-service` command: built to dist/cli.js by tsup.config.ts, and started by bin/lgds-service.mjs.
import { main } from './main';

// `lgds-service submissions export --format csv | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
