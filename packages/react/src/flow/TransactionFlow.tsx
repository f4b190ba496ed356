/** @jsxImportSource ../internal/jsx */
'use client';

import {
  type AddressLookup,
  type AnyJourney,
  CHECK_ANSWERS,
  createFlow,
  createReference,
  type FieldError,
  type Locale,
  type MessageOverrides,
  type Payload,
  type PostedValue,
  type RulesOf,
  type StepIdOf,
  type TransactionAnswers,
} from '@lgds/core';
import { type FormEvent, type MouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  defaultPageHref,
  type PageHref,
  type PagePosition,
  pageTitle,
  positionToShow,
  type SecondaryAction,
  TransactionPage,
} from '../components';
import { FLOW_PAGE_ATTRIBUTE } from '../internal/flow-page';
import { useSessionDraft } from './draft';
import { cancelsDoubleClick, followsErrorLink } from './frontendBehaviour';
import { focusWithin, StepForm } from './StepForm';

/** Props for `<TransactionFlow>`. */
export interface TransactionFlowProps<T extends AnyJourney> {
  /**
   * The journey: one language's, such as `gardenWasteNew` from `@lgds/garden-waste/en`, so the browser is sent only
   * that language's words; or a package's main-entry transaction, which carries both.
   */
  transaction: T;
  /** The council's resolved rules, from `resolveRules` on the server, passed as data. */
  rules: RulesOf<T>;
  /** The resident's language. Defaults to the journey's, when it carries one language, and otherwise English. */
  locale?: Locale;
  /**
   * Sends the payload to the council's back office. Reject (throw) if it fails: the resident is told, keeps every
   * answer and can try again with the same idempotency key (the payload's reference).
   */
  onSubmit: (payload: Payload<T>, context: { idempotencyKey: string }) => Promise<void> | void;
  /** Keep a draft in `sessionStorage` so a reload does not lose answers. Off by default. */
  persist?: 'session';
  /** The council's own wording for any message. */
  messages?: MessageOverrides;
  /**
   * Today's date (`yyyy-MM-dd`); defaults to the clock. When a server renders the journey (Next.js), give it from a
   * Server Component, read for each request: the flow then never reads the clock while rendering, which Next.js
   * refuses in a client component.
   */
  today?: string;
  /** Where each page lives, for links and for forms posted without JavaScript. Defaults to `?step=<id>`. */
  href?: PageHref;
  /** The page to start on, as a server rendered it. Defaults to the first page still to answer. */
  initialPosition?: PagePosition<T>;
  /** Answers a server already holds. */
  initialAnswers?: TransactionAnswers<T>;
  /** Errors a server found in a post without JavaScript, to show on the first page. */
  initialErrors?: readonly FieldError[];
  /** What the resident posted, to show on the first page with those errors. */
  initialValues?: Readonly<Record<string, PostedValue>>;
  /**
   * The journey also lives in a server's session (as with `@lgds/server`): each answered page is posted to the
   * server in the background, in order, exactly as the form would post it without JavaScript, and "Accept and send"
   * posts the check answers form to the server, which stores the application once. `onSubmit` is then not called.
   * `formFields` are the server's hidden inputs (its CSRF token) for every form; `secondaryAction` a button it
   * offers beside Continue (its "Save and come back later"), which posts the page to the server as it is.
   */
  server?: {
    formFields: Readonly<Record<string, string>>;
    secondaryAction?: SecondaryAction | undefined;
    /** What the server's check answers page says went wrong, such as a card payment that did not go through. */
    problem?: { title: string; text: string } | undefined;
  };
  /**
   * The council's address lookup, for journeys that find addresses by postcode (`withAddressLookup`): the postcode
   * page waits for it (its button disabled) and then shows the addresses found. Without it, addresses are typed in.
   * `true` when a server runs the lookup (with `server`): the postcode page is then posted to it, as without JavaScript.
   */
  addressLookup?: AddressLookup | true;
}

interface Journey {
  position: string;
  answers: Record<string, unknown>;
  /** The resident came from a change link: return to check answers once everything is answered. */
  changing: boolean;
}

type Sending = 'idle' | 'sending' | 'failed' | 'sent';

/**
 * Renders any `@lgds/core` transaction as a GOV.UK journey: one question a page, a back link, check answers
 * with change links, and a confirmation with the reference. Every page is also a real form that posts to
 * `href(position)`, so the journey works before (or without) JavaScript.
 */
export function TransactionFlow<T extends AnyJourney>(props: TransactionFlowProps<T>) {
  const { transaction, rules, onSubmit, persist, messages, today, href = defaultPageHref, addressLookup } = props;
  const languages = Object.keys(transaction.words) as Locale[];
  const locale = props.locale ?? (languages.length === 1 ? languages[0] : undefined) ?? 'en';
  const flow = useMemo(
    () =>
      createFlow(transaction, rules, {
        ...(messages && { messages }),
        ...(today && { today: () => today }),
        ...(addressLookup && { addressLookup }),
      }),
    [transaction, rules, messages, today, addressLookup],
  );
  const initialAnswers = (props.initialAnswers ?? {}) as Record<string, unknown>;
  const [journey, setJourney] = useState<Journey>(() => ({
    position: props.initialPosition ?? flow.currentStep(initialAnswers as TransactionAnswers<T>),
    answers: initialAnswers,
    changing: false,
  }));
  const [sending, setSending] = useState<Sending>('idle');
  const [nextSteps, setNextSteps] = useState<readonly string[]>([]);
  const [showsErrors, setShowsErrors] = useState(false);
  // A lookup under way (the addresses at a postcode): the page is busy until it answers.
  const [looking, setLooking] = useState(false);
  // What a server found in a post without JavaScript: shown on the first page only, until the resident moves on.
  const [fromServer, setFromServer] = useState({ errors: props.initialErrors ?? [], values: props.initialValues });
  const sendingNow = useRef(false);
  // Posts to the server go one after another: a page answered before the one before it had reached the server
  // would be refused there as skipping ahead.
  const serverPosts = useRef<Promise<void>>(Promise.resolve());
  const reference = useRef<string | undefined>(undefined);
  const bannerRef = useRef<HTMLDivElement>(null);
  const answers = journey.answers as TransactionAnswers<T>;
  // Where the resident really is, should the journey hold a page they cannot be on (a draft from before a step was
  // renamed, the browser's forward button after an answer changed the path).
  const position = positionToShow(flow, journey.position, answers);

  const draft = useMemo(
    () => ({ position: journey.position, answers: journey.answers, reference: reference.current }),
    [journey],
  );
  useSessionDraft(
    persist === 'session',
    transaction.id,
    draft,
    (saved) => {
      reference.current = saved.reference;
      setJourney({ position: saved.position, answers: saved.answers, changing: false });
    },
    sending === 'sent',
  );

  const goTo = useCallback(
    (position: string, changing = false, answersNow?: Record<string, unknown>) => {
      setFromServer({ errors: [], values: undefined });
      setShowsErrors(false);
      setJourney((current) => ({ position, answers: answersNow ?? current.answers, changing }));
      window.history.pushState({ lgdsPosition: position }, '', href(position));
    },
    [href],
  );

  // The browser's own back and forward buttons move through the journey, keeping every answer. The page the
  // journey opened on is recorded in the history entry the resident arrived with; later pages are pushed by goTo.
  const openedOn = useRef(journey.position);
  useEffect(() => {
    window.history.replaceState({ ...window.history.state, lgdsPosition: openedOn.current }, '');
    const onPopState = (event: PopStateEvent) => {
      const position = (event.state as { lgdsPosition?: unknown } | null)?.lgdsPosition;
      if (typeof position === 'string') setJourney((current) => ({ ...current, position, changing: false }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // A new page in place: move focus to its main content, as a page load would, so screen readers start there.
  const shownPosition = useRef(journey.position);
  useEffect(() => {
    if (shownPosition.current === journey.position) return;
    shownPosition.current = journey.position;
    focusWithin(document.querySelector<HTMLElement>('.lgds-transaction main'));
  }, [journey.position]);

  useEffect(() => {
    document.title = pageTitle(flow, position, locale, showsErrors);
  }, [flow, position, locale, showsErrors]);

  // What a page's check needs (Direct Debit's sort code table) starts loading as the page shows, not when it is sent.
  useEffect(() => {
    if (flow.hasStep(position)) flow.prepare(position)?.catch(() => {});
  }, [flow, position]);

  useEffect(() => {
    if (sending === 'failed') focusWithin(bannerRef.current);
  }, [sending]);

  // The page is the flow's once live, so <GovukFrontend> leaves it alone. Set as React commits (not rendered, so the
  // server's HTML hydrates as it is), before a MutationObserver could see the page.
  const markAsFlowPage = useCallback((page: HTMLDivElement | null) => page?.setAttribute(FLOW_PAGE_ATTRIBUTE, ''), []);

  // Back and change links are real links (they work without JavaScript); with JavaScript they move in place.
  // Buttons ignore double clicks and error summary links lead to their fields, as with govuk-frontend's JavaScript.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (cancelsDoubleClick(event) || followsErrorLink(event)) return;
    const link = (event.target as HTMLElement).closest?.('a');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    // A change link ends in `#<field>` (where it lands without JavaScript); the page is what matters here.
    const target = link.getAttribute('href')?.split('#')[0];
    for (const position of [...flow.stepIds, CHECK_ANSWERS]) {
      const changing = target === href(position, { change: true });
      if (target === href(position) || changing) {
        event.preventDefault();
        goTo(position, changing);
        return;
      }
    }
  };

  // The server's answer to a page posted in the background is a redirect. Anything else (its session ended, say)
  // means it and the browser disagree, so reload: the server shows where the resident really is.
  const postToServer = (form: HTMLFormElement) => {
    const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    const action = form.getAttribute('action') ?? '';
    serverPosts.current = serverPosts.current
      .then(async () => {
        const response = await fetch(action, { method: 'POST', body, credentials: 'same-origin', redirect: 'manual' });
        if (response.type !== 'opaqueredirect') window.location.reload();
      })
      .catch(() => window.location.reload());
  };

  // A button that posts the page as it is (a server's "Save and come back later") loads a new page, which would
  // cancel the answers still on their way to the server: it waits for them.
  const answersSent = () => serverPosts.current.catch(() => {});

  const onAnswered = (stepId: StepIdOf<T>, values: Record<string, unknown>, form?: HTMLFormElement) => {
    const updated = flow.prune({ ...answers, [stepId]: values } as TransactionAnswers<T>) as Record<string, unknown>;
    if (addressLookup && flow.transaction.steps[stepId]?.lookup) {
      // A server keeps what its own lookup found, and checks the choice against that: it gets the page as posted.
      if (props.server && form) return form.submit();
      const found = flow.lookUp(stepId, updated as TransactionAnswers<T>, locale);
      if (found) {
        setLooking(true);
        // The list is shown again even from a change link: the resident chooses from what was just found.
        found
          .then((withFound) => {
            const next = flow.nextStep(stepId, withFound) ?? CHECK_ANSWERS;
            goTo(next, journey.changing && next !== CHECK_ANSWERS, withFound as Record<string, unknown>);
          })
          .finally(() => setLooking(false));
        return;
      }
    }
    if (props.server && form) {
      // Files go to the server with the page as the browser posts it (a multipart form), once the answers before
      // them are there: the server keeps them and shows the next page.
      if (form.enctype === 'multipart/form-data') {
        answersSent().then(() => form.submit());
        return;
      }
      postToServer(form);
    }
    const next = journey.changing
      ? flow.currentStep(updated as TransactionAnswers<T>)
      : (flow.nextStep(stepId, updated as TransactionAnswers<T>) ?? CHECK_ANSWERS);
    goTo(next, journey.changing && next !== CHECK_ANSWERS, updated);
  };

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A ref, not state: two quick clicks both run before React re-renders the disabled button.
    if (sendingNow.current) return;
    sendingNow.current = true;
    setSending('sending');
    if (props.server) {
      // The server stores the application, once, and shows the confirmation: post the form as it is.
      const form = event.currentTarget;
      await answersSent();
      form.submit();
      return;
    }
    reference.current ??= createReference(transaction.referencePrefix);
    const result = flow.submission(answers, { reference: reference.current });
    if (!result.ok) {
      sendingNow.current = false;
      setSending('idle');
      goTo(result.step);
      return;
    }
    try {
      await onSubmit(result.payload, { idempotencyKey: result.payload.reference });
      setNextSteps(flow.confirmation(result.payload, locale));
      setSending('sent');
      goTo('confirmation');
    } catch {
      setSending('failed');
    } finally {
      sendingNow.current = false;
    }
  };

  return (
    <TransactionPage
      flow={flow}
      position={position}
      answers={answers}
      locale={locale}
      href={href}
      reference={reference.current}
      nextSteps={nextSteps}
      failed={sending === 'failed'}
      problem={props.server?.problem}
      errors={fromServer.errors}
      values={fromServer.values}
      onClick={onClick}
      pageRef={markAsFlowPage}
      formFields={props.server?.formFields}
      secondaryAction={props.server?.secondaryAction}
      checkAnswers={{ sending: sending === 'sending', onSubmit: send, bannerRef }}
      renderStep={(page) => (
        <StepForm
          key={`${position}:${locale}`}
          flow={flow}
          stepId={position as StepIdOf<T>}
          locale={locale}
          answers={answers}
          page={looking ? { ...page, busy: true } : page}
          onAnswered={(values, form) => onAnswered(position as StepIdOf<T>, values, form)}
          onErrorsShown={setShowsErrors}
          postAsIsAfter={props.server && answersSent}
        />
      )}
    />
  );
}
