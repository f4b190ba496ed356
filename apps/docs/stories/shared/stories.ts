/**
 * Stories that each walk a journey in one preset council's rules: `const story = walked<Story['play']>(play)`, then
 * `story('northmoor')` and `story('northmoor', 'cy')`. An English story sets only the council, so the toolbar's
 * Language still switches it.
 */
export function walked<Play>(play: Play) {
  return (preset: string, locale?: 'cy') => ({ globals: locale ? { preset, locale } : { preset }, play });
}
