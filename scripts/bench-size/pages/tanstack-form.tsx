/**
 * Anchor: the eight-question form with @tanstack/react-form, each question checked by an inline validator, as a
 * team without @lgds would build it.
 */
'use client';
import { useForm } from '@tanstack/react-form';
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

// The message for a question whose answer fails its check.
const unless = (ok: boolean, name: QuestionName) => (ok ? undefined : questions[name].message);

export default function TanstackFormPage() {
  const form = useForm({
    defaultValues: {
      fullName: '',
      email: '',
      phone: '',
      postcode: '',
      bins: '',
      propertyType: '',
      contactBy: [] as string[],
      startDate: '',
    },
    onSubmit: ({ value }) => send(value),
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Subscribe selector={(state) => state.fieldMeta}>
        {(meta) => (
          <ErrorSummary
            errors={Object.fromEntries(Object.entries(meta).map(([name, field]) => [name, field?.errors[0]]))}
          />
        )}
      </form.Subscribe>
      <form.Field name="fullName" validators={{ onSubmit: ({ value }) => unless(value.trim() !== '', 'fullName') }}>
        {(field) => (
          <TextField
            name={field.name}
            value={field.state.value}
            onChange={(event) => field.handleChange(event.target.value)}
            onBlur={field.handleBlur}
            autoComplete="name"
            error={field.state.meta.errors[0]}
          />
        )}
      </form.Field>
      <form.Field name="email" validators={{ onSubmit: ({ value }) => unless(patterns.email.test(value), 'email') }}>
        {(field) => (
          <TextField
            name={field.name}
            value={field.state.value}
            onChange={(event) => field.handleChange(event.target.value)}
            onBlur={field.handleBlur}
            type="email"
            autoComplete="email"
            error={field.state.meta.errors[0]}
          />
        )}
      </form.Field>
      <form.Field name="phone" validators={{ onSubmit: ({ value }) => unless(patterns.phone.test(value), 'phone') }}>
        {(field) => (
          <TextField
            name={field.name}
            value={field.state.value}
            onChange={(event) => field.handleChange(event.target.value)}
            onBlur={field.handleBlur}
            type="tel"
            autoComplete="tel"
            error={field.state.meta.errors[0]}
          />
        )}
      </form.Field>
      <form.Field
        name="postcode"
        validators={{ onSubmit: ({ value }) => unless(patterns.postcode.test(value), 'postcode') }}
      >
        {(field) => (
          <TextField
            name={field.name}
            value={field.state.value}
            onChange={(event) => field.handleChange(event.target.value)}
            onBlur={field.handleBlur}
            autoComplete="postal-code"
            error={field.state.meta.errors[0]}
          />
        )}
      </form.Field>
      <form.Field name="bins" validators={{ onSubmit: ({ value }) => unless(patterns.bins.test(value), 'bins') }}>
        {(field) => (
          <TextField
            name={field.name}
            value={field.state.value}
            onChange={(event) => field.handleChange(event.target.value)}
            onBlur={field.handleBlur}
            type="number"
            inputMode="numeric"
            error={field.state.meta.errors[0]}
          />
        )}
      </form.Field>
      <form.Field name="propertyType" validators={{ onSubmit: ({ value }) => unless(value !== '', 'propertyType') }}>
        {(field) => (
          <ChoiceField
            name={field.name}
            kind="radios"
            options={propertyTypes}
            error={field.state.meta.errors[0]}
            inputProps={(value) => ({
              name: field.name,
              checked: field.state.value === value,
              onChange: () => field.handleChange(value),
              onBlur: field.handleBlur,
            })}
          />
        )}
      </form.Field>
      <form.Field name="contactBy" validators={{ onSubmit: ({ value }) => unless(value.length > 0, 'contactBy') }}>
        {(field) => (
          <ChoiceField
            name={field.name}
            kind="checkboxes"
            options={contactMethods}
            error={field.state.meta.errors[0]}
            inputProps={(value) => ({
              name: field.name,
              checked: field.state.value.includes(value),
              onChange: (event) =>
                field.handleChange(
                  event.target.checked
                    ? [...field.state.value, value]
                    : field.state.value.filter((chosen) => chosen !== value),
                ),
              onBlur: field.handleBlur,
            })}
          />
        )}
      </form.Field>
      <form.Field name="startDate" validators={{ onSubmit: ({ value }) => unless(isRealDate(value), 'startDate') }}>
        {(field) => (
          <TextField
            name={field.name}
            value={field.state.value}
            onChange={(event) => field.handleChange(event.target.value)}
            onBlur={field.handleBlur}
            hint="For example, 27/3/2026"
            error={field.state.meta.errors[0]}
          />
        )}
      </form.Field>
      <ContinueButton />
    </form>
  );
}
