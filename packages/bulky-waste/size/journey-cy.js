// The bulky-waste page in Welsh, as a council's bundler builds it from the packed packages: the journey in one
// language and the renderer, with every dependency but react and react-dom (.size-limit.json).
export { bulkyWaste } from '@lgds/bulky-waste/cy';
export { TransactionFlow } from '@lgds/react';
