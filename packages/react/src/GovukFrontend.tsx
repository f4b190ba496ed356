/** @jsxImportSource ./internal/jsx */
'use client';

import { type ReactNode, useEffect, useRef } from 'react';
import { FLOW_PAGE_ATTRIBUTE } from './internal/flow-page';

/** Props for `<GovukFrontend>`. */
export interface GovukFrontendProps {
  /** The part of the page whose GOV.UK components govuk-frontend's JavaScript should start: usually all of it. */
  children: ReactNode;
}

/** A govuk-frontend component class, such as `Radios`: started with `new Radios(element)`. */
interface FrontendComponent {
  new (root: Element): unknown;
  moduleName: string;
}

function isFrontendComponent(value: unknown): value is FrontendComponent {
  return typeof value === 'function' && typeof (value as { moduleName?: unknown }).moduleName === 'string';
}

// One element at a time rather than govuk-frontend's createAll, which would try again every element already started
// and could not leave the flow's pages alone. govuk-frontend marks each element it starts `data-<module>-init`.
function startComponents(root: Element, components: ReadonlyMap<string, FrontendComponent>): void {
  for (const element of root.querySelectorAll('[data-module]')) {
    const name = element.getAttribute('data-module') ?? '';
    const Component = components.get(name);
    if (!Component || element.hasAttribute(`data-${name}-init`) || element.closest(`[${FLOW_PAGE_ATTRIBUTE}]`))
      continue;
    try {
      new Component(element);
    } catch (error) {
      console.error(error); // as govuk-frontend reports a component it cannot start; the others still start
    }
  }
}

/**
 * Starts govuk-frontend's JavaScript for every GOV.UK component inside it, whenever React renders one: when the
 * page loads and each time a component appears later (a new page of a journey, a question shown after a click).
 * Each element is started once. Pages of `<TransactionFlow>` are left to the flow, which does the same work itself.
 *
 * govuk-frontend is loaded in the browser only, after the page has rendered, so it never reaches a server bundle.
 * Nothing starts unless `<body>` has the `govuk-frontend-supported` class, as with govuk-frontend's `initAll()`.
 *
 * @example
 * // app/layout.tsx
 * import { GovukFrontend } from '@lgds/react';
 * import type { ReactNode } from 'react';
 *
 * export default function RootLayout({ children }: { children: ReactNode }) {
 *   return (
 *     <html lang="en">
 *       <body className="govuk-template__body">
 *         <GovukFrontend>{children}</GovukFrontend>
 *       </body>
 *     </html>
 *   );
 * }
 */
export function GovukFrontend({ children }: GovukFrontendProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = rootRef.current;
    let observer: MutationObserver | undefined;
    let unmounted = false;
    void import('govuk-frontend').then((frontend) => {
      if (unmounted || !root || !frontend.isSupported()) return;
      const components = new Map(
        Object.values<unknown>(frontend)
          .filter(isFrontendComponent)
          .map((Component) => [Component.moduleName, Component]),
      );
      const start = () => startComponents(root, components);
      start();
      observer = new MutationObserver(start);
      observer.observe(root, { childList: true, subtree: true });
    });
    return () => {
      unmounted = true;
      observer?.disconnect();
    };
  }, []);
  return <div ref={rootRef}>{children}</div>;
}
