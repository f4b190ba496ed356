// A garden waste subscription page in Welsh, as a council's bundler builds it from the packed packages: the
// journey in one language and the renderer, with every dependency but react and react-dom (.size-limit.json).
export { gardenWasteNew } from '@lgds/garden-waste/cy';
export { TransactionFlow } from '@lgds/react';
