/**
 * Counts which components render in each React commit, as React DevTools does: React tells a global DevTools hook
 * about every commit, and a component rendered in it if it is new or React marked it as having done work. This file
 * is a setup file (bench/vitest.config.ts) because the hook must be in place before react-dom is first loaded.
 *
 * React's fibers are internal, so only the few fields React DevTools itself relies on are read.
 */

/** The parts of a React fiber read here. */
export interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  memoizedProps: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

// React's `PerformedWork` flag: the component's function ran and its output was used (not bailed out).
const performedWork = 1;
// Function components, forwardRef, memo and simple memo: every component @lgds/react and react-hook-form use.
const componentTags = new Set([0, 11, 14, 15]);

type Listener = (rendered: readonly Fiber[]) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after each commit with the components that rendered in it. Returns a function to stop. */
export function onCommit(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Walks only what the commit touched: a subtree React left alone keeps its previous child, so nothing in it rendered.
function collect(fiber: Fiber, mounted: boolean, rendered: Fiber[]): void {
  const previous = fiber.alternate;
  const isNew = mounted || previous === null;
  if (componentTags.has(fiber.tag) && (isNew || (fiber.flags & performedWork) !== 0)) rendered.push(fiber);
  if (previous !== null && !isNew && fiber.child === previous.child) return;
  for (let child = fiber.child; child; child = child.sibling) collect(child, isNew, rendered);
}

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
    if (listeners.size === 0) return;
    const rendered: Fiber[] = [];
    collect(root.current, false, rendered);
    for (const listener of listeners) listener(rendered);
  },
};
