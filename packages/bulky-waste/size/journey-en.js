// The bulky-waste page in English, as a council's bundler builds it from the packed packages: the journey in one
// language and the renderer, with every dependency but react and react-dom (.size-limit.json).
export { bulkyWaste } from '@lgds/bulky-waste/en';
export { TransactionFlow } from '@lgds/react';
