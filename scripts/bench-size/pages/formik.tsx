/**
 * Anchor: the eight-question form with Formik, checked by one `validate` function, as a team without @lgds would
 * build it.
 */
'use client';
import { type FormikErrors, useFormik } from 'formik';
import {
  ChoiceField,
  ContinueButton,
  contactMethods,
  ErrorSummary,
  isRealDate,
  patterns,
  propertyTypes,
  type QuestionName,
  questions,
  send,
  TextField,
} from './govuk-form';

const initialValues = {
  fullName: '',
  email: '',
  phone: '',
  postcode: '',
  bins: '',
  propertyType: '',
  contactBy: [] as string[],
  startDate: '',
};

type Values = typeof initialValues;

function validate(values: Values): FormikErrors<Values> {
  const checks: Record<QuestionName, boolean> = {
    fullName: values.fullName.trim() !== '',
    email: patterns.email.test(values.email),
    phone: patterns.phone.test(values.phone),
    postcode: patterns.postcode.test(values.postcode),
    bins: patterns.bins.test(values.bins),
    propertyType: values.propertyType !== '',
    contactBy: values.contactBy.length > 0,
    startDate: isRealDate(values.startDate),
  };
  const failed = Object.entries(checks).filter(([, ok]) => !ok) as [QuestionName, boolean][];
  return Object.fromEntries(failed.map(([name]) => [name, questions[name].message]));
}

export default function FormikPage() {
  const formik = useFormik({ initialValues, validate, onSubmit: send });
  // Formik checks as the resident types; GOV.UK forms show errors once the form is sent.
  const errorOf = (name: QuestionName) => (formik.submitCount > 0 ? (formik.errors[name] as string) : undefined);
  const field = (name: QuestionName) => ({ ...formik.getFieldProps(name), name });
  return (
    <form noValidate onSubmit={formik.handleSubmit}>
      {formik.submitCount > 0 && <ErrorSummary errors={formik.errors as Partial<Record<QuestionName, string>>} />}
      <TextField {...field('fullName')} autoComplete="name" error={errorOf('fullName')} />
      <TextField {...field('email')} type="email" autoComplete="email" error={errorOf('email')} />
      <TextField {...field('phone')} type="tel" autoComplete="tel" error={errorOf('phone')} />
      <TextField {...field('postcode')} autoComplete="postal-code" error={errorOf('postcode')} />
      <TextField {...field('bins')} type="number" inputMode="numeric" error={errorOf('bins')} />
      <ChoiceField
        name="propertyType"
        kind="radios"
        options={propertyTypes}
        error={errorOf('propertyType')}
        inputProps={(value) => formik.getFieldProps({ name: 'propertyType', type: 'radio', value })}
      />
      <ChoiceField
        name="contactBy"
        kind="checkboxes"
        options={contactMethods}
        error={errorOf('contactBy')}
        inputProps={(value) => formik.getFieldProps({ name: 'contactBy', type: 'checkbox', value })}
      />
      <TextField {...field('startDate')} hint="For example, 27/3/2026" error={errorOf('startDate')} />
      <ContinueButton />
    </form>
  );
}
