// A moving-home page in Welsh, as a council's bundler builds it from the packed packages: the journey in one language
// and the renderer, with every dependency but react and react-dom (.size-limit.json).
export { movingHome } from '@lgds/council-tax/moving-home/cy';
export { TransactionFlow } from '@lgds/react';
