/**
 * Every word of the service's own pages (the frame around a transaction and the pages for when something goes
 * wrong) in English. A council can override any of them through `council.messages`.
 */
export const en = {
  'server.skipLink': 'Skip to main content',
  'server.languageNavigation': 'Choose a language',
  'server.phase.alpha': 'Alpha',
  'server.phase.beta': 'Beta',
  'server.phase.text': 'This is a new service.',
  'server.phase.feedback': 'Help us improve it and give your feedback (opens in new tab).',
  'server.footer.title': 'Support links',
  'server.services.title': 'Online services',
  'server.services.intro': 'Apply, tell us or set something up with {council} online.',
  'server.notFound.title': 'Page not found',
  'server.notFound.typed': 'If you typed the web address, check it is correct.',
  'server.notFound.pasted': 'If you pasted the web address, check you copied the entire address.',
  'server.notFound.start': 'Go to the list of online services',
  'server.signedOut.title': 'For your security, we deleted your answers',
  'server.signedOut.body': {
    one: 'We deleted your answers because you did not do anything for {count} minute.',
    other: 'We deleted your answers because you did not do anything for {count} minutes.',
  },
  'server.signedOut.again': 'Start again',
  'server.refused.title': 'Sorry, we could not accept that form',
  'server.refused.body':
    'Nothing you sent has been saved. This can happen if the page was open for a long time, or if the form was sent from another website.',
  'server.refused.tooLarge': 'What you sent was too large. Nothing has been saved.',
  'server.refused.unsupported': 'The form was sent in a way this service cannot read. Nothing has been saved.',
  'server.refused.back': 'Go back to the form and try again',
  'server.problem.title': 'Sorry, there is a problem with the service',
  'server.problem.later': 'Try again later.',
  'server.problem.kept': 'Answers you gave before this page have been kept for now.',
  'server.problem.code': 'If you contact us about this problem, give this code: {requestId}',
  'server.errorPrefix': 'Error',
  'server.payment.title': 'There is a problem with your payment',
  'server.payment.failed':
    'Your payment was not taken and you have not been charged. Your answers have been kept: you can try again, with the same card or another one.',
  'server.payment.cancelled':
    'You cancelled your payment and you have not been charged. Your answers have been kept: you can pay when you are ready.',
  'server.payment.error':
    'There was a problem with the payment service and you have not been charged. Your answers have been kept: try again later.',
  'server.payment.unfinished':
    'Your payment was not finished and you have not been charged. Your answers have been kept: you can pay now.',
  'server.payment.unavailable':
    'The payment service is not working at the moment and you have not been charged. Your answers have been kept: try again later.',
  'server.paymentUnchecked.title': 'We cannot check your payment at the moment',
  'server.paymentUnchecked.paid':
    'If you have paid, do not pay again. We will send your application as soon as the payment service confirms your payment.',
  'server.paymentUnchecked.later': 'Try again in a few minutes.',
  'server.paymentUnchecked.again': 'Check my payment again',
  'server.save.button': 'Save and come back later',
  'server.save.title': 'Save your answers and come back later',
  'server.save.intro': {
    one: 'We will email you a link to come back to your application. The link works once, for {count} day.',
    other: 'We will email you a link to come back to your application. The link works once, for {count} days.',
  },
  'server.save.email': 'Email address',
  'server.save.emailHint': 'We will only use this to send you the link.',
  'server.save.send': 'Send link',
  'server.save.back': 'Go back to your application',
  'server.save.error.required': 'Enter your email address',
  'server.save.error.format': 'Enter an email address in the correct format, like name@example.com',
  'server.save.error.notSent': 'Sorry, we could not send the email. Try again in a few minutes.',
  'server.saved.title': 'We have sent you a link',
  'server.saved.body': 'We sent a link to {email}. Use it by {date} to come back to your application.',
  'server.saved.once':
    'The link works once. If the email has not arrived in a few minutes, check your spam or junk folder.',
  'server.saved.continue': 'Carry on with your application now',
  'server.return.title': 'Continue your application',
  'server.return.body': 'We will put back the answers you saved, and you can carry on where you left off.',
  'server.return.button': 'Continue',
  'server.return.used.title': 'This link has already been used',
  'server.return.used.body':
    'Each link works once. If you saved your answers again, use the link in the newest email. Otherwise, you need to start again.',
  'server.return.expired.title': 'This link has expired',
  'server.return.expired.body': {
    one: 'Links work for {count} day, and then we delete the answers saved with them. You need to start again.',
    other: 'Links work for {count} days, and then we delete the answers saved with them. You need to start again.',
  },
  'server.return.unknown.title': 'This link does not work',
  'server.return.unknown.body':
    'Check you copied the whole link from the email. If it still does not work, you need to start again.',
  'server.return.start': 'Start again',
} as const;
