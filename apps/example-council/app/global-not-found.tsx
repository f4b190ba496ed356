// The page for an address the site does not have. The site has two root layouts (English and Welsh), so Next.js
// needs this one page, with its own <html>, for addresses neither has (`experimental.globalNotFound` in
// next.config.ts). The service's own addresses under /services have their own pages.
import '@lgds/react/styles.css';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SiteFrame } from '../components/Site';

export const metadata: Metadata = { title: 'Page not found – Exampleshire Council' };

export default async function GlobalNotFound() {
  // Rendered for each request, like every page of the site, so its scripts carry the request's CSP nonce.
  await connection();
  return (
    <html lang="en" className="govuk-template">
      <body className="govuk-template__body">
        <SiteFrame locale="en">
          <main className="govuk-main-wrapper" id="main-content">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h1 className="govuk-heading-l">Page not found</h1>
                <p className="govuk-body">If you typed the web address, check it is correct.</p>
                <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
                <p className="govuk-body">
                  <a className="govuk-link" href="/">
                    See the council’s online services
                  </a>
                  {' · '}
                  <a className="govuk-link" href="/cy" lang="cy" hrefLang="cy">
                    Gweld gwasanaethau ar-lein y cyngor
                  </a>
                </p>
              </div>
            </div>
          </main>
        </SiteFrame>
      </body>
    </html>
  );
}
