import type { PageHref } from '@lgds/react';

/**
 * Where each page of a journey lives: the story's own address with `step` (and `change`) set, so the browser's
 * back and forward buttons move through the journey without leaving the story.
 */
export const storyPageHref: PageHref = (position, options) => {
  const params = new URLSearchParams(window.location.search);
  params.delete('change');
  params.set('step', position);
  if (options?.change) params.set('change', '1');
  return `?${params}`;
};
