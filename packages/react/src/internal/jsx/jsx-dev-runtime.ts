// The development form of ./jsx-runtime, which tests and development builds import.
export { Fragment, type JSX, jsxDEV } from 'react/jsx-dev-runtime';
