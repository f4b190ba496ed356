'use client';

// Everything that uses React hooks, and so runs only in the browser (React Server Components cannot import it
// except as a client component). The built file keeps the "use client" directive.
export { TransactionFlow, type TransactionFlowProps } from './flow/TransactionFlow';
export { GovukFrontend, type GovukFrontendProps } from './GovukFrontend';
