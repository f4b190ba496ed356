// @vitest-environment node
import { documentedImportsExist } from '../../../scripts/readme-checks.mjs';
import * as react from './index';

documentedImportsExist({ '@lgds/react': react });
