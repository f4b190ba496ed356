/**
 * Every word of the journey in English. Keys follow `<step>.<field>.<part>` (see @lgds/core's README): `.label` is the
 * question, `.summary` its row on check answers, `.name` the words errors use ("Enter your email address").
 */
export const en = {
  'closed.title': 'This service is closed',
  'closed.body': 'You cannot use this service at the moment.\n\nCheck again later.',
  'items.title': 'What do you need to tell us?',
  'items.details.label': 'What do you need to tell us?',
  'items.details.hint': 'Give as much detail as you can, in up to {max} characters.',
  'items.details.summary': 'Details',
  'items.details.name': 'what you need to tell us',
  'items.details.error.tooLong': 'What you tell us must be {max} characters or less',
  'contact.title': 'What is your email address?',
  'contact.email.label': 'What is your email address?',
  'contact.email.hint': 'We will only use this to reply to you.',
  'contact.email.summary': 'Email address',
  'contact.email.name': 'your email address',
  'confirmation.reply': {
    one: 'We will reply to {email} within {count} working day.',
    other: 'We will reply to {email} within {count} working days.',
  },
} as const;
