/**
 * Anchor: the eight-question form with react-hook-form, checked by a zod schema through @hookform/resolvers, as a
 * team without @lgds would build it.
 */
'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import * as z from 'zod';
import {
  ChoiceField,
  ContinueButton,
  contactMethods,
  ErrorSummary,
  isRealDate,
  patterns,
  propertyTypes,
  questions,
  send,
  TextField,
} from './govuk-form';

const schema = z.object({
  fullName: z.string().trim().min(1, questions.fullName.message),
  email: z.email(questions.email.message),
  phone: z.string().regex(patterns.phone, questions.phone.message),
  postcode: z.string().regex(patterns.postcode, questions.postcode.message),
  bins: z.coerce
    .number(questions.bins.message)
    .int(questions.bins.message)
    .min(1, questions.bins.message)
    .max(4, questions.bins.message),
  propertyType: z.enum(['house', 'flat', 'other'], questions.propertyType.message),
  contactBy: z.array(z.enum(['email', 'text', 'post'])).min(1, questions.contactBy.message),
  startDate: z.string().refine(isRealDate, questions.startDate.message),
});

export default function RhfZodPage() {
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { fullName: '', email: '', phone: '', postcode: '', bins: '', contactBy: [], startDate: '' },
  });
  const { errors } = formState;
  const messages = Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, error?.message]));
  return (
    <form noValidate onSubmit={handleSubmit(send)}>
      <ErrorSummary errors={messages} />
      <TextField {...register('fullName')} autoComplete="name" error={errors.fullName?.message} />
      <TextField {...register('email')} type="email" autoComplete="email" error={errors.email?.message} />
      <TextField {...register('phone')} type="tel" autoComplete="tel" error={errors.phone?.message} />
      <TextField {...register('postcode')} autoComplete="postal-code" error={errors.postcode?.message} />
      <TextField {...register('bins')} type="number" inputMode="numeric" error={errors.bins?.message} />
      <ChoiceField
        name="propertyType"
        kind="radios"
        options={propertyTypes}
        error={errors.propertyType?.message}
        inputProps={() => register('propertyType')}
      />
      <ChoiceField
        name="contactBy"
        kind="checkboxes"
        options={contactMethods}
        error={errors.contactBy?.message}
        inputProps={() => register('contactBy')}
      />
      <TextField {...register('startDate')} hint="For example, 27/3/2026" error={errors.startDate?.message} />
      <ContinueButton />
    </form>
  );
}
