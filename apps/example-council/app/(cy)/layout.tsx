// The root layout of the Welsh pages, under /cy: <html lang="cy">. The English pages have their own, in app/(en).
// govuk-frontend's CSS (in Arial: the GDS Transport font and the crown are for GOV.UK only), for every page.
import '@lgds/react/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RootLayout } from '../../components/Site';

export const metadata: Metadata = { title: 'Gwasanaethau ar-lein – Cyngor Swydd Enghraifft' };

export default function WelshLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="cy">{children}</RootLayout>;
}
