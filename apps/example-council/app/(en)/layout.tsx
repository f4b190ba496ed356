// The root layout of the English pages: <html lang="en">. The Welsh pages have their own, in app/(cy).
// govuk-frontend's CSS (in Arial: the GDS Transport font and the crown are for GOV.UK only), for every page.
import '@lgds/react/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RootLayout } from '../../components/Site';

export const metadata: Metadata = { title: 'Online services – Exampleshire Council' };

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="en">{children}</RootLayout>;
}
