// Exampleshire Council, a fictional council: its names and links, shown in the header and footer of every page,
// on this site's own pages and on the service's pages under /services alike. The same as apps/service's council.
import type { CouncilOptions } from '@lgds/server';

const site = 'https://www.exampleshire.example';

export const council = {
  name: { en: 'Exampleshire Council', cy: 'Cyngor Swydd Enghraifft' },
  // This site is the council's website: the header's name leads to its home page.
  homepageUrl: '/',
  footerLinks: [
    { text: { en: 'Accessibility statement', cy: 'Datganiad hygyrchedd' }, href: `${site}/accessibility` },
    { text: { en: 'Privacy', cy: 'Preifatrwydd' }, href: `${site}/privacy` },
    { text: { en: 'Cookies', cy: 'Cwcis' }, href: `${site}/cookies` },
  ],
  feedbackUrl: `${site}/feedback`,
  phase: 'beta',
  languages: ['en', 'cy'],
  idleMinutes: 30,
} satisfies CouncilOptions;

/** The council's page about cookies, which the cookie banner links to. */
export const cookiesPageUrl = `${site}/cookies`;
