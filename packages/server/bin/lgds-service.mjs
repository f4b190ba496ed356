#!/usr/bin/env node
// The `lgds-service` command. Package managers link a bin when they install the package, which in a workspace is
// before anything is built: this file is always there, and the command itself is built into dist/cli.js.
import '../dist/cli.js';
