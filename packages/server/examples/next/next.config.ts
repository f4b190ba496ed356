// next.config.ts
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Node loads @lgds/server from node_modules instead of Next bundling it, so it finds the stylesheet there.
  serverExternalPackages: ['@lgds/server'],
};

export default nextConfig;
