// enhance.ts, bundled with esbuild, Vite or webpack, and served at /static/enhance.js
import { gardenWasteNew as welshGardenWaste } from '@lgds/garden-waste/cy';
import { gardenWasteNew as englishGardenWaste } from '@lgds/garden-waste/en';
import { enhance } from '@lgds/server/enhance';

// Each language's journey: no rules schema and no zod. A page brings its checked rules as data.
enhance([englishGardenWaste, welshGardenWaste]);
