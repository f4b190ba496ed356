// A council developer's use of @lgds/react, type-checked against the packed packages by pack-and-install.mjs.
import { CHECK_ANSWERS, createFlow, defineMessages, defineStep, defineTransaction, handleStepPost } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { resolveRules } from '@lgds/core/server';
import {
  Button,
  ErrorSummary,
  Input,
  LanguageNavigation,
  pageTitle,
  TransactionFlow,
  TransactionPage,
} from '@lgds/react';
import { renderToString } from 'react-dom/server';
import { z } from 'zod';

const transaction = defineTransaction({
  id: 'example',
  version: 1,
  title: { en: 'Example', cy: 'Enghraifft' },
  rules: z.strictObject({}),
  messages: defineMessages({
    en: { 'name.title': 'What is your name?', 'name.fullName.label': 'What is your name?' },
    cy: { 'name.title': 'Beth yw eich enw?', 'name.fullName.label': 'Beth yw eich enw?' },
  }),
  steps: { name: defineStep({ fields: () => ({ fullName: field.text({ autocomplete: 'name' }) }) }) },
});

const rules = resolveRules(transaction);
const flow = createFlow(transaction, rules);
const posted = handleStepPost(flow, 'name', new URLSearchParams({ fullName: '' }), {});

const page = renderToString(
  <>
    <LanguageNavigation
      items={[
        { text: 'English', lang: 'en', current: true },
        { text: 'Cymraeg', lang: 'cy', href: '?lang=cy' },
      ]}
    />
    <ErrorSummary titleText="There is a problem" errorList={[{ href: '#name', text: 'Enter your name' }]} />
    <Input id="name" name="name" label={{ text: 'Name' }} autocomplete="name" />
    <Button text="Continue" />
    {!posted.ok && (
      <TransactionPage
        flow={flow}
        position="name"
        answers={{}}
        errors={posted.errors}
        values={posted.values}
        locale="cy"
      />
    )}
    <TransactionPage flow={flow} position={CHECK_ANSWERS} answers={{ name: { fullName: 'Jo' } }} />
    <TransactionFlow
      transaction={transaction}
      rules={rules}
      locale="cy"
      persist="session"
      onSubmit={async (payload, { idempotencyKey }) => {
        const name: string | undefined = payload.answers.name?.fullName;
        console.log(name, idempotencyKey);
      }}
    />
  </>,
);
console.log(page.length, pageTitle(flow, 'name', 'cy', true));
