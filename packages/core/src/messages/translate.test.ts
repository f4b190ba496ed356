import { describe, expect, it } from 'vitest';
import { cy } from './cy';
import { en } from './en';
import { createTranslator, interpolate, missingTranslations } from './translate';

describe('interpolate', () => {
  it('fills placeholders and capitalises {Name}', () => {
    expect(interpolate('{Name} must be {max} characters or less', { name: 'your full name', max: 35 })).toBe(
      'Your full name must be 35 characters or less',
    );
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
  });
});

describe('createTranslator', () => {
  it('speaks the engine’s words in English and Welsh', () => {
    expect(createTranslator('en', [])('ui.errorSummaryTitle')).toBe('There is a problem');
    expect(createTranslator('cy', [])('ui.errorSummaryTitle')).toBe('Mae problem wedi codi');
  });

  it('lets a transaction and then a council override any message', () => {
    const t = createTranslator('en', [{ 'ui.continue': 'Next' }, { 'ui.continue': 'Save and continue' }]);
    expect(t('ui.continue')).toBe('Save and continue');
  });

  it('chooses plural forms, including Welsh’s “two” and “few”', () => {
    const bins = {
      zero: '{count} biniau',
      one: '{count} bin',
      two: '{count} fin',
      few: '{count} bin (few)',
      other: '{count} o finiau',
    };
    const t = createTranslator('cy', [{ bins }]);
    expect(t('bins', { count: 1 })).toBe('1 bin');
    expect(t('bins', { count: 2 })).toBe('2 fin');
    expect(t('bins', { count: 3 })).toBe('3 bin (few)');
    expect(t('bins', { count: 7 })).toBe('7 o finiau');
    const english = createTranslator('en', [{ bins: { one: '{count} bin', other: '{count} bins' } }]);
    expect(english('bins', { count: 1 })).toBe('1 bin');
    expect(english('bins', { count: 4 })).toBe('4 bins');
  });

  it('joins the Welsh article to “i” and “a” once a name is in place', () => {
    const t = createTranslator('cy', []);
    expect(t('error.date.past', { name: 'y dyddiad symud' })).toBe('Rhaid i’r dyddiad symud fod yn y gorffennol');
    expect(t('error.number', { name: 'eich oedran' })).toBe('Rhaid i’ch oedran fod yn rhif');
  });

  it('shows the key when a message is missing, so the gap is seen', () => {
    const t = createTranslator('en', []);
    expect(t('bins.count.label')).toBe('bins.count.label');
    expect(t.has('bins.count.label')).toBe(false);
  });
});

describe('the engine’s catalogues', () => {
  it('have a Welsh message for every English one', () => {
    expect(missingTranslations({ en, cy })).toEqual({ missingInWelsh: [], missingInEnglish: [] });
  });

  it('use GOV.UK error wording', () => {
    const t = createTranslator('en', []);
    expect(t('error.date.missing', { name: 'date of birth', parts: 'month' })).toBe(
      'Date of birth must include a month',
    );
    expect(t('error.email')).toBe('Enter an email address in the correct format, like name@example.com');
  });
});
