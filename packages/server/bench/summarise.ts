/** Summarises CPU profiles again: `node bench/dist/summarise.js bench/profiles/*.cpuprofile`. */
import { summariseProfile } from './profile';

for (const file of process.argv.slice(2)) console.log(`${await summariseProfile(file)}\n`);
