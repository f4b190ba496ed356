// React's JSX runtime, which every component here imports through this one module (`@jsxImportSource` at the top of
// each file): a bundle then imports `react/jsx-runtime` once, instead of once for each file, with a name of its own
// each time (0.5 kB min+gz of a journey's page). Nothing else: the elements are React's own.
export { Fragment, type JSX, jsx, jsxs } from 'react/jsx-runtime';
