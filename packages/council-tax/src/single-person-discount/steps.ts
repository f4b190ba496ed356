import { defineStep, type FieldMap, fileTypesText } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { accountStep, addressStep, contactStep, declarationStep } from '../shared/steps';
import { claimWindow } from './claim-window';
import type { SinglePersonDiscountRules } from './rules';

// The pages of the single person discount, in the order a resident meets them (journey.ts lists them).

// Browsers fill `address-line1` and the like with the resident's own address: wrong for someone else's.
function withoutAutocomplete<F extends FieldMap>(fields: F): F {
  return Object.fromEntries(
    Object.entries(fields).map(([name, { autocomplete: _own, ...rest }]) => [name, rest]),
  ) as unknown as F;
}

/** Today written the way GOV.UK date hints give an example: "15 10 2026". */
function exampleDate(today: string): string {
  const [year, month, day] = today.split('-');
  return `${Number(day)} ${Number(month)} ${year}`;
}

/** The council tax account: required, since the discount is taken off an existing bill. */
export const account = accountStep();

/** The name, email and phone number of the resident claiming. */
export const contact = contactStep;

/** The address the discount is for, shown on check answers as one row. */
export const address = addressStep();

/**
 * The date the resident became the only adult living there. It must fall between `claimDaysBack` days before today
 * and `claimDaysAhead` days after; outside that the resident is told the range ("must be between … and …").
 */
export const onlyAdult = defineStep({
  fields: (rules: SinglePersonDiscountRules, { today }) => {
    const { from, to } = claimWindow(rules, today);
    return { date: field.date({ min: from, max: to }) };
  },
  params: (rules: SinglePersonDiscountRules, { today }) => ({
    ...claimWindow(rules, today),
    example: exampleDate(today),
  }),
});

/** Whether another adult moved out and, if so, their name (which the resident may leave out). */
export const leaver = defineStep({
  fields: (_rules: SinglePersonDiscountRules) => ({
    movedOut: field.radios({ options: [{ value: 'yes' }, { value: 'no' }] }),
    name: field.text({
      optional: true,
      revealedBy: { field: 'movedOut', value: 'yes' },
      maxLength: 100,
      spellcheck: false,
    }),
  }),
});

const optionalAddress = addressStep({ optional: true });

/** Where the adult who moved out lives now, when the resident knows: every line may be left blank. */
export const forwardingAddress = defineStep({
  fields: (rules: SinglePersonDiscountRules, context) => withoutAutocomplete(optionalAddress.fields(rules, context)),
  when: (answers) => answers.leaver?.movedOut === 'yes',
  summary: optionalAddress.summary,
});

// Each type of file a council may take, as the type found in the file's content.
const mimeTypes = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' } as const;

/**
 * Whether the resident can send evidence, asked only when the council's rules request it; the hint says what counts.
 * "Yes" reveals an upload of the evidence itself, within the council's limits (`evidence.upload`), for a resident who
 * has it to hand.
 */
export const evidence = defineStep({
  fields: (rules: SinglePersonDiscountRules) => ({
    canSend: field.radios({ options: [{ value: 'yes' }, { value: 'no' }] }),
    files: field.file({
      maxFiles: rules.evidence.upload.maxFiles,
      maxBytes: rules.evidence.upload.maxFileSizeMegabytes * 1024 * 1024,
      accept: rules.evidence.upload.fileTypes.map((type) => mimeTypes[type]),
      revealedBy: { field: 'canSend', value: 'yes' },
      // A resident who cannot scan their evidence now still claims: the council emails them how to send it.
      optional: true,
    }),
  }),
  params: (rules: SinglePersonDiscountRules) => ({
    whatCounts: rules.evidence.description,
    maxFiles: rules.evidence.upload.maxFiles,
    size: `${rules.evidence.upload.maxFileSizeMegabytes}MB`,
    types: fileTypesText(rules.evidence.upload.fileTypes.map((type) => mimeTypes[type])),
  }),
  when: (_answers, rules: SinglePersonDiscountRules) => rules.evidence.requested,
});

/** The declaration under the penalty warning, in the council's own words when its rules give them. */
export const declaration = declarationStep;
