import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Node loads @lgds/server from node_modules instead of Next bundling it, so it finds the stylesheet and
  // govuk-frontend's JavaScript there (to serve under /services/assets) and its database drivers.
  serverExternalPackages: ['@lgds/server'],
  poweredByHeader: false,
  reactStrictMode: true,
  // This folder is the whole project (it has its own package-lock.json): never a workspace around it.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // app/global-not-found.tsx: one "Page not found" page for the site's two root layouts (English and Welsh).
  experimental: { globalNotFound: true },
};

export default nextConfig;
