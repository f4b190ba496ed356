// @vitest-environment node
import { documentedImportsExist } from '../../../scripts/readme-checks.mjs';
import * as core from './index';
import * as server from './server-only';

documentedImportsExist({ '@lgds/core': core, '@lgds/core/server': server });
