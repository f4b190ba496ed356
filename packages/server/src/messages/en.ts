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
} as const;
