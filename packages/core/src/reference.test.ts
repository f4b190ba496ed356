import { describe, expect, it } from 'vitest';
import { createReference, referencePattern } from './reference';

describe('createReference', () => {
  it('is short, grouped and prefixed', () => {
    expect(createReference('GW')).toMatch(/^GW-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(createReference()).toMatch(referencePattern);
  });

  it('never uses characters a resident could misread', () => {
    const many = Array.from({ length: 2000 }, () => createReference()).join('');
    expect(many).not.toMatch(/[01OILU]/);
  });

  it('does not repeat across many references', () => {
    const references = new Set(Array.from({ length: 20000 }, () => createReference()));
    expect(references.size).toBe(20000);
  });
});
