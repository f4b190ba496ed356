// enhance.ts, bundled with esbuild, Vite or webpack, and served at /static/enhance.js
import { gardenWasteNew } from '@lgds/garden-waste';
import { enhance } from '@lgds/server/enhance';

enhance([gardenWasteNew]);
