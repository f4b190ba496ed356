/**
 * Anchor: the JavaScript every GOV.UK page ships, govuk-frontend's `initAll()`. It runs in an effect, not at the
 * module's top, because Next.js also renders client components on the server, where there is no document.
 */
'use client';
import { initAll } from 'govuk-frontend';
import { useEffect } from 'react';

export default function GovukFrontendPage() {
  useEffect(() => {
    initAll();
  }, []);
  return <p className="govuk-body">A GOV.UK page</p>;
}
