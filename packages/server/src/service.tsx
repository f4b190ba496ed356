import {
  type AnyTransaction,
  type CardPayment,
  CHECK_ANSWERS,
  createFlow,
  createTranslator,
  type Flow,
  type FlowPosition,
  handleStepPostAsync,
  type Locale,
  type Payload,
  type TransactionAnswers,
} from '@lgds/core';
import { payloadSchema } from '@lgds/core/server';
import { type PagePosition, pageTitle, positionToShow, TransactionPage, type TransactionPageProps } from '@lgds/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createAssets, stylesheetFile } from './assets';
import { contactOf, createOutbox } from './delivery/outbox';
import type { DeliveryWorker } from './delivery/worker';
import { JOURNEY_ROOT_ID, JOURNEY_STATE_ID, type JourneyState, scriptJson } from './enhance/state';
import type { FileStore } from './files/types';
import { fileQuestions, heldFileIds, receiveUploads, uploadLimits } from './files/uploads';
import { readFormBody, readTextBody } from './http/body';
import { clearedCookie, cookieSettings, readCookie, sessionCookie } from './http/cookies';
import type { Exchange } from './http/exchange';
import { securityHeaders } from './http/headers';
import {
  isMultipart,
  type MultipartBody,
  type MultipartLimits,
  type ReceivedFile,
  readMultipartBody,
} from './http/multipart';
import { createSigner, randomToken, sameToken } from './http/signing';
import { redactingLogger } from './logging/redact';
import { cy } from './messages/cy';
import { en } from './messages/en';
import { checkOptions, type Logger, type PaymentOptions, type Served, type ServiceOptions } from './options';
import { Document, inLocale } from './pages/Document';
import { NotFoundPage, PaymentUncheckedPage, ProblemPage, RefusedPage, SignedOutPage } from './pages/Notices';
import { ServicesPage } from './pages/ServicesPage';
import { type Checked, checkPayment, type PaymentOutcome } from './payments/checkout';
import { type Payment, PaymentProviderError } from './payments/types';
import { createRoutes } from './routes';
import { SAVE_ACTION, savingHandlers } from './save-and-return/handlers';
import type { Journey, Session, Store } from './store/types';
import { londonToday } from './today';

/** A council's service as one function: a Fetch API `Request` in, a whole GOV.UK page (or a redirect) out. */
export interface ServiceHandler {
  (request: Request): Promise<Response>;
  /**
   * The outbox's worker in this process, when the service has `deliver`: it starts delivering at once unless
   * `deliveryWorker` is `false`. Call `stop()` when the process shuts down; `runOnce()` delivers what is due now.
   */
  readonly deliveries?: DeliveryWorker;
}

/** The name of the hidden field that carries the session's CSRF token in every form. */
export const CSRF_FIELD = '_csrf';

const CONFIRMATION = 'confirmation';
const serverMessages = { en, cy } as const;

const quietLogger: Logger = {
  info: () => {},
  error: (line) => console.error(JSON.stringify({ level: 'error', ...line })),
};

/** Everything one request needs to answer. */
/**
 * Makes a council's service: every transaction it runs, as whole GOV.UK pages that work without JavaScript, with
 * sessions, CSRF protection and exactly-once submission, its state kept only in the store so any number of
 * processes can share it. Throws a `ServiceConfigError` naming every wrong setting when the options are wrong.
 *
 * @example
 * import { gardenWasteNew } from '@lgds/garden-waste';
 * import { createService, pgliteStore } from '@lgds/server';
 *
 * const service = createService({
 *   council: { name: 'Exampleshire Council', homepageUrl: 'https://www.exampleshire.gov.uk' },
 *   transactions: [{ transaction: gardenWasteNew, rules: { charging: { firstBin: 5500 } } }],
 *   store: pgliteStore({ dataDir: './data' }),
 *   secret: process.env.SESSION_SECRET ?? '',
 * });
 * // A route handler, (request: Request) => Promise<Response>, for every page of the service:
 * export const GET = service;
 * export const POST = service;
 */
export function createService(options: ServiceOptions): ServiceHandler {
  const settings = checkOptions(options);
  const { council, basePath } = settings;
  const storeReady = Promise.resolve(options.store);
  // A store that fails to open is reported by each request (as a logged 500), not as an unhandled rejection.
  storeReady.catch(() => {});
  const signer = createSigner(options.secret);
  const now = options.now ?? (() => new Date());
  const logger = redactingLogger(options.logger ?? quietLogger);
  const defaultLocale = council.languages[0] ?? 'en';
  const routes = createRoutes(basePath, settings.welsh, settings.served, defaultLocale);
  const assets = createAssets((file, error) =>
    logger.error({ event: 'asset-missing', file, error: error instanceof Error ? error.message : String(error) }),
  );
  const idleMs = council.idleMinutes * 60_000;
  // The longest answers can be kept: a day of use, or a "come back later" link's days, whichever is longer.
  const answersLifetimeMs = Math.max(1, settings.saveAndReturn?.days ?? 0) * 24 * 60 * 60_000 + idleMs;
  const flows = new Map<string, Flow<AnyTransaction>>(
    settings.served.map((served) => [
      served.path,
      createFlow(served.transaction, served.rules, {
        ...(council.messages && { messages: council.messages }),
        ...(options.addressLookup && { addressLookup: options.addressLookup }),
        today: () => londonToday(now()),
      }),
    ]),
  );
  const flowOf = (served: Served) => flows.get(served.path) as Flow<AnyTransaction>;
  let lastSweep = 0;
  const outbox =
    options.deliver && options.deliver.length > 0
      ? createOutbox({
          store: storeReady,
          served: settings.served,
          flowOf,
          deliverers: options.deliver,
          files: storeReady.then((store) => options.files ?? store.files),
          ...(options.deliveryWorker && { settings: options.deliveryWorker }),
          logger,
          now,
        })
      : undefined;
  if (outbox && options.deliveryWorker !== false) outbox.worker.start();

  const formTargets = settings.payments ? [settings.payments.provider.pagesOrigin] : [];

  const translator = (locale: Locale) => createTranslator(locale, [serverMessages[locale], council.messages?.[locale]]);

  // ---- responses -------------------------------------------------------------------------------------------

  const headersFor = (exchange: Exchange) => {
    const headers = securityHeaders(exchange.nonce, exchange.secure, options.securityHeaders, formTargets);
    headers.set('X-Request-Id', exchange.requestId);
    for (const cookie of exchange.setCookies) headers.append('Set-Cookie', cookie);
    return headers;
  };

  const html = (
    exchange: Exchange,
    status: number,
    title: string,
    content: ReactNode,
    served?: Served,
    enhanced = false,
  ): Response => {
    const { locale } = exchange;
    // A page the browser will hydrate needs React's markers between adjacent pieces of text (" Continue " is three):
    // without them hydration fails and the page falls back to posting forms.
    const render = enhanced && options.enhance ? renderToString : renderToStaticMarkup;
    const markup = render(
      <Document
        locale={locale}
        title={title}
        t={translator(locale)}
        council={council}
        {...(served && {
          service: { name: served.transaction.title[locale], href: routes.start(served, locale) },
        })}
        languages={council.languages.map((language) => ({
          locale: language,
          href: routes.switchLanguage(exchange.url, language),
        }))}
        assets={{ css: routes.asset(stylesheetFile), script: routes.asset('init.js') }}
        nonce={exchange.nonce}
        {...(enhanced && options.enhance && { enhanceScript: options.enhance.script })}
      >
        {content}
      </Document>,
    );
    const headers = headersFor(exchange);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    return new Response(`<!DOCTYPE html>${markup}`, { status, headers });
  };

  const notice = (
    exchange: Exchange,
    status: number,
    titleKey: string,
    content: ReactNode,
    served?: Served,
    hasError = false,
  ) => {
    const t = translator(exchange.locale);
    const name = inLocale(council.name, exchange.locale);
    const title = `${hasError ? `${t('server.errorPrefix')}: ` : ''}${t(titleKey)} – ${name}`;
    return html(exchange, status, title, content, served);
  };

  const redirect = (exchange: Exchange, location: string): Response => {
    const headers = headersFor(exchange);
    headers.set('Location', location);
    return new Response(null, { status: 303, headers });
  };

  const notFound = (exchange: Exchange, status = 404) =>
    notice(
      exchange,
      status,
      'server.notFound.title',
      <NotFoundPage t={translator(exchange.locale)} servicesHref={routes.services(exchange.locale)} />,
    );

  const refused = (
    exchange: Exchange,
    status: number,
    reason: 'forged' | 'tooLarge' | 'unsupported',
    served: Served,
    backHref: string,
  ) =>
    notice(
      exchange,
      status,
      'server.refused.title',
      <RefusedPage t={translator(exchange.locale)} reason={reason} backHref={backHref} />,
      served,
    );

  const signedOut = (exchange: Exchange, served: Served) => {
    exchange.setCookies.push(clearedCookie(exchange.cookie));
    return notice(
      exchange,
      200,
      'server.signedOut.title',
      <SignedOutPage
        t={translator(exchange.locale)}
        minutes={council.idleMinutes}
        startHref={routes.start(served, exchange.locale)}
      />,
      served,
    );
  };

  // ---- sessions --------------------------------------------------------------------------------------------

  const resume = async (store: Store, exchange: Exchange) => {
    const signed = readCookie(exchange.request.headers.get('cookie'), exchange.cookie.name);
    const id = signed ? await signer.verify(signed) : undefined;
    if (!id) return { status: 'unknown' as const };
    const at = now();
    return store.resumeSession(id, at, new Date(at.getTime() + idleMs));
  };

  const startSession = async (store: Store, exchange: Exchange): Promise<Session> => {
    const at = now();
    const session = { id: randomToken(), csrfToken: randomToken(), expiresAt: new Date(at.getTime() + idleMs) };
    await store.createSession(session);
    exchange.setCookies.push(sessionCookie(exchange.cookie, await signer.sign(session.id)));
    // Expired answers are deleted as new residents arrive, at most once a minute a process: no scheduler needed.
    if (at.getTime() - lastSweep > 60_000) {
      lastSweep = at.getTime();
      store.deleteExpiredAnswers(at).catch((error) => logger.error({ event: 'sweep-failed', error: String(error) }));
      // A file store of its own cannot see the answers: files never sent go once no answers can still hold them.
      options.files
        ?.deleteUnsent(new Date(at.getTime() - answersLifetimeMs))
        .catch((error) => logger.error({ event: 'file-sweep-failed', error: String(error) }));
    }
    return session;
  };

  const freshJourney = (): Journey => ({ answers: {}, idempotencyKey: randomToken() });

  // ---- journeys --------------------------------------------------------------------------------------------

  /** The page a resident may see for the page they asked for: what they asked, or where they really are. */
  const journeyPage = (
    exchange: Exchange,
    served: Served,
    session: Session,
    props: Omit<TransactionPageProps<AnyTransaction>, 'flow' | 'locale' | 'href' | 'formFields'> & { change?: boolean },
  ) => {
    const flow = flowOf(served);
    const { locale } = exchange;
    const { change = false, ...page } = props;
    const position = page.position as PagePosition<AnyTransaction>;
    const title = pageTitle(flow, position, locale, (page.errors?.length ?? 0) > 0);
    const formFields = { [CSRF_FIELD]: session.csrfToken };
    const secondaryAction = settings.saveAndReturn && {
      text: translator(locale)('server.save.button'),
      name: SAVE_ACTION.name,
      value: SAVE_ACTION.value,
    };
    const content = (
      <TransactionPage
        {...page}
        flow={flow}
        locale={locale}
        secondaryAction={secondaryAction}
        href={(to, linkOptions) =>
          routes.page(served, to, locale, linkOptions?.change ?? (change && to === position && to !== CHECK_ANSWERS))
        }
        formFields={formFields}
      />
    );
    if (!options.enhance || position === CONFIRMATION) return html(exchange, 200, title, content, served);
    const state: JourneyState = {
      transaction: served.transaction.id,
      rules: served.rules,
      ...(council.messages && { messages: council.messages }),
      locale,
      today: flow.today(),
      position,
      answers: page.answers as Record<string, unknown>,
      errors: page.errors ?? [],
      ...(page.values && { values: page.values }),
      formFields,
      ...(secondaryAction && { secondaryAction }),
      ...(page.problem && { problem: page.problem }),
      ...(options.addressLookup && { addressLookup: true }),
      pages: routes.pages(served, locale),
    };
    return html(
      exchange,
      200,
      title,
      <>
        <div id={JOURNEY_ROOT_ID}>{content}</div>
        <script
          type="application/json"
          id={JOURNEY_STATE_ID}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON made safe for a script element by scriptJson.
          dangerouslySetInnerHTML={{ __html: scriptJson(state) }}
        />
      </>,
      served,
      true,
    );
  };

  const confirmation = async (
    store: Store,
    exchange: Exchange,
    served: Served,
    session: Session,
    reference: string,
  ) => {
    const submission = await store.getSubmission(reference);
    if (!submission) throw new Error(`Submission ${reference} is missing from the store`);
    const payload = submission.payload as unknown as Payload<AnyTransaction>;
    return journeyPage(exchange, served, session, {
      position: CONFIRMATION,
      answers: {},
      reference,
      nextSteps: flowOf(served).confirmation(payload, exchange.locale),
    });
  };

  const showPage = async (store: Store, exchange: Exchange, served: Served, page: string, change: boolean) => {
    const resumed = await resume(store, exchange);
    if (resumed.status === 'expired') return signedOut(exchange, served);
    const session = resumed.status === 'active' ? resumed.session : await startSession(store, exchange);
    const journey = (await store.getJourney(session.id, served.transaction.id)) ?? freshJourney();
    if (journey.submittedReference) {
      if (page !== CONFIRMATION) return redirect(exchange, routes.page(served, CONFIRMATION, exchange.locale));
      return confirmation(store, exchange, served, session, journey.submittedReference);
    }
    const flow = flowOf(served);
    const answers = journey.answers as TransactionAnswers<AnyTransaction>;
    // The confirmation only after sending (above); any page the resident has not reached shows where they are.
    const allowed = page === CONFIRMATION ? flow.currentStep(answers) : positionToShow(flow, page, answers);
    if (allowed !== page) return redirect(exchange, routes.page(served, allowed, exchange.locale));
    const outcome = page === CHECK_ANSWERS ? journey.payment?.outcome : undefined;
    return journeyPage(exchange, served, session, {
      position: page as FlowPosition<AnyTransaction>,
      answers,
      change,
      ...(outcome && { problem: paymentProblem(exchange.locale, outcome) }),
    });
  };

  const start = async (store: Store, exchange: Exchange, served: Served) => {
    const resumed = await resume(store, exchange);
    const session = resumed.status === 'active' ? resumed.session : await startSession(store, exchange);
    let journey = await store.getJourney(session.id, served.transaction.id);
    // Coming back to the start after sending begins a new application, with a new idempotency key.
    if (!journey || journey.submittedReference) {
      journey = freshJourney();
      await store.saveJourney(session.id, served.transaction.id, journey);
    }
    const flow = flowOf(served);
    const current = flow.currentStep(journey.answers as TransactionAnswers<AnyTransaction>);
    return redirect(exchange, routes.page(served, current, exchange.locale));
  };

  const deliveriesFor = (transaction: string) => outbox?.channelsFor(transaction) ?? [];

  const submit = async (store: Store, exchange: Exchange, served: Served, session: Session, journey: Journey) => {
    const flow = flowOf(served);
    const { transaction } = served;
    const { locale } = exchange;
    let stored: { reference: string; payload: Payload<AnyTransaction>; charge?: CardPayment } | undefined;
    for (let attempt = 0; attempt < 3 && stored === undefined; attempt++) {
      const result = flow.submission(journey.answers as TransactionAnswers<AnyTransaction>, { submittedAt: now() });
      if (!result.ok) return redirect(exchange, routes.page(served, result.step, locale));
      const checked = payloadSchema(flow).safeParse(result.payload);
      if (!checked.success) throw new Error(`The ${transaction.id} payload does not match its schema`);
      // Worked out here from the rules and the stored answers: no amount a browser posts is ever used.
      const charge = settings.payments && flow.cardPayment(result.payload, locale);
      const fileIds = heldFileIds(flow, result.payload.answers as Record<string, unknown>);
      const outcome = await store.submit({
        idempotencyKey: journey.idempotencyKey,
        reference: result.payload.reference,
        transaction: transaction.id,
        version: transaction.version,
        payload: result.payload as unknown as Record<string, unknown>,
        submittedAt: new Date(result.payload.submittedAt),
        locale,
        deliveries: deliveriesFor(transaction.id),
        ...(charge && { awaitingPayment: true }),
        // The store's own file store keeps them with the submission in the same database transaction.
        ...(fileIds.length > 0 && { files: fileIds }),
      });
      if (outcome.status !== 'reference-taken' && fileIds.length > 0 && options.files) {
        // A file store of its own: kept with the submission just after it (doing it again changes nothing).
        await options.files.keepWithSubmission(outcome.reference, fileIds);
      }
      if (outcome.status !== 'reference-taken') {
        stored = { reference: outcome.reference, payload: result.payload, ...(charge && { charge }) };
      }
    }
    if (stored === undefined) throw new Error('Three references in a row were taken');
    if (stored.charge) return pay(store, exchange, served, session, journey, { ...stored, charge: stored.charge });
    return finish(store, exchange, served, session, stored.reference);
  };

  /**
   * Sends the resident to pay for a submission stored awaiting payment: a new payment each time they press the
   * button, for the same submission. One confirmed meanwhile (paid in another tab) goes to its confirmation instead.
   */
  const pay = async (
    store: Store,
    exchange: Exchange,
    served: Served,
    session: Session,
    journey: Journey,
    { reference, payload, charge }: { reference: string; payload: Payload<AnyTransaction>; charge: CardPayment },
  ) => {
    const existing = await store.getSubmission(reference);
    if (existing?.status === 'confirmed') return finish(store, exchange, served, session, reference);
    const { provider, origin } = settings.payments as PaymentOptions;
    const { locale } = exchange;
    const email = contactOf(flowOf(served), payload).email;
    let payment: Payment;
    try {
      payment = await provider.createPayment({
        amount: charge.amountPence,
        reference,
        description: charge.description,
        returnUrl: `${origin ?? exchange.url.origin}${routes.paid(served, reference, locale)}`,
        language: locale,
        ...(email !== undefined && { email }),
      });
    } catch (error) {
      logger.error({ event: 'payment-not-created', requestId: exchange.requestId, reference, error: String(error) });
      return journeyPage(exchange, served, session, {
        position: CHECK_ANSWERS,
        answers: journey.answers as TransactionAnswers<AnyTransaction>,
        problem: paymentProblem(locale, 'unavailable'),
      });
    }
    if (!payment.nextUrl) throw new Error(`The payment for ${reference} was created without a page to pay on`);
    await store.recordPayment({
      paymentId: payment.id,
      reference,
      provider: provider.name ?? 'card',
      amountPence: charge.amountPence,
      createdAt: now(),
    });
    await store.saveJourney(session.id, served.transaction.id, {
      ...journey,
      payment: { reference, paymentId: payment.id },
    });
    logger.info({ event: 'payment-created', requestId: exchange.requestId, reference, paymentId: payment.id });
    return redirect(exchange, payment.nextUrl);
  };

  const paymentProblem = (locale: Locale, outcome: PaymentOutcome | 'unavailable') => {
    const t = translator(locale);
    return { title: t('server.payment.title'), text: t(`server.payment.${outcome}`) };
  };

  /** The resident back from paying: the provider, not the return, says whether they paid. */
  const paid = async (store: Store, exchange: Exchange, served: Served, reference: string) => {
    const resumed = await resume(store, exchange);
    if (resumed.status === 'expired') return signedOut(exchange, served);
    const checkAnswers = routes.page(served, CHECK_ANSWERS, exchange.locale);
    if (resumed.status === 'unknown') return refused(exchange, 403, 'forged', served, checkAnswers);
    const { session } = resumed;
    const journey = await store.getJourney(session.id, served.transaction.id);
    if (journey?.submittedReference === reference) {
      return redirect(exchange, routes.page(served, CONFIRMATION, exchange.locale));
    }
    // Only the payment this resident's journey is waiting for: someone else's reference changes nothing.
    if (!journey?.payment || journey.payment.reference !== reference) {
      return refused(exchange, 403, 'forged', served, checkAnswers);
    }
    let checked: Checked;
    try {
      checked = await checkPayment({
        store,
        provider: (settings.payments as PaymentOptions).provider,
        paymentId: journey.payment.paymentId,
        deliveriesFor,
        now: now(),
      });
    } catch (error) {
      if (!(error instanceof PaymentProviderError)) throw error;
      logger.error({ event: 'payment-not-checked', requestId: exchange.requestId, reference, error: String(error) });
      return notice(
        exchange,
        503,
        'server.paymentUnchecked.title',
        <PaymentUncheckedPage
          t={translator(exchange.locale)}
          againHref={exchange.url.pathname + exchange.url.search}
        />,
        served,
      );
    }
    if (checked.outcome === 'paid') return finish(store, exchange, served, session, reference);
    const outcome = checked.outcome === 'unknown' ? 'error' : checked.outcome;
    await store.saveJourney(session.id, served.transaction.id, {
      ...journey,
      payment: { ...journey.payment, outcome },
    });
    return redirect(exchange, checkAnswers);
  };

  /** GOV.UK Pay's webhook: a payment that succeeded confirms its submission even if the resident never came back. */
  const paymentWebhook = async (store: Store, exchange: Exchange) => {
    const { provider } = settings.payments as PaymentOptions;
    const body = await readTextBody(exchange.request, settings.bodyLimit);
    const event = body === undefined ? undefined : provider.readWebhook(body, exchange.request.headers);
    const answer = (status: number) => new Response(null, { status, headers: headersFor(exchange) });
    if (!event) {
      logger.error({ event: 'payment-webhook-refused', requestId: exchange.requestId });
      return answer(401);
    }
    if (event.kind !== 'succeeded') return answer(200);
    const checked = await checkPayment({ store, provider, paymentId: event.paymentId, deliveriesFor, now: now() });
    logger.info({
      event: 'payment-webhook',
      requestId: exchange.requestId,
      paymentId: event.paymentId,
      outcome: checked.outcome,
    });
    return answer(200);
  };

  /** The end of sending: a new session, and the confirmation page. */
  const finish = async (store: Store, exchange: Exchange, served: Served, session: Session, reference: string) => {
    const { transaction } = served;
    // A new session id once the resident has sent: anyone who saw the old cookie can't see what comes next.
    const at = now();
    const next = { id: randomToken(), csrfToken: randomToken(), expiresAt: new Date(at.getTime() + idleMs) };
    await store.rotateSession(session.id, next, {
      transaction: transaction.id,
      reference,
      idempotencyKey: randomToken(),
    });
    exchange.setCookies.push(sessionCookie(exchange.cookie, await signer.sign(next.id)));
    logger.info({ event: 'submitted', requestId: exchange.requestId, transaction: transaction.id, reference });
    return redirect(exchange, routes.page(served, CONFIRMATION, exchange.locale));
  };

  /**
   * A form post's session and fields, once its session is live and its CSRF token right; otherwise the page to
   * answer with (the session timed out, or the post was forged, too large or not a form), and nothing changes.
   * A page with a file upload (`uploads`, its limits) also takes `multipart/form-data`, and gives the files sent,
   * held in memory up to those limits only and not yet kept anywhere.
   */
  const readPost = async (
    store: Store,
    exchange: Exchange,
    served: Served,
    here: string,
    uploads?: MultipartLimits,
  ): Promise<
    Response | { session: Session; form: URLSearchParams; files?: ReceivedFile[]; tooManyFiles?: boolean }
  > => {
    const resumed = await resume(store, exchange);
    if (resumed.status === 'expired') return signedOut(exchange, served);
    if (resumed.status === 'unknown') return refused(exchange, 403, 'forged', served, here);
    const { session } = resumed;
    const body: MultipartBody =
      uploads && isMultipart(exchange.request)
        ? await readMultipartBody(exchange.request, uploads)
        : await readFormBody(exchange.request, settings.bodyLimit).then((read) =>
            read.ok ? { ...read, files: [], tooManyFiles: false } : read,
          );
    if (!body.ok) return refused(exchange, body.status, body.reason, served, here);
    // Checked once the whole post is read (the token may come after the files), and before anything is kept.
    if (!sameToken(body.form.get(CSRF_FIELD) ?? '', session.csrfToken)) {
      return refused(exchange, 403, 'forged', served, here);
    }
    return { session, form: body.form, files: body.files, tooManyFiles: body.tooManyFiles };
  };

  const fileStoreOf = (store: Store): FileStore => {
    const files = options.files ?? store.files;
    if (!files) throw new Error('A page asks for files, but the service has no file store: give it `files`');
    return files;
  };

  const postPage = async (store: Store, exchange: Exchange, served: Served, page: string, change: boolean) => {
    const flow = flowOf(served);
    // Only a page that asks for files takes them (a multipart post); any other page takes a plain form.
    const questions = page !== CHECK_ANSWERS && flow.hasStep(page) ? fileQuestions(flow.fields(page as never)) : [];
    const limits = questions.length > 0 ? uploadLimits(questions, settings.bodyLimit) : undefined;
    const here = routes.page(served, page, exchange.locale, change);
    const post = await readPost(store, exchange, served, here, limits);
    if (post instanceof Response) return post;
    const { session } = post;
    let { form } = post;
    const journey = (await store.getJourney(session.id, served.transaction.id)) ?? freshJourney();
    if (journey.submittedReference) return redirect(exchange, routes.page(served, CONFIRMATION, exchange.locale));
    const answers = journey.answers as TransactionAnswers<AnyTransaction>;
    if (page === CHECK_ANSWERS && flow.currentStep(answers) === CHECK_ANSWERS) {
      return submit(store, exchange, served, session, journey);
    }
    let kept: string[] = [];
    const files = questions.length > 0 ? fileStoreOf(store) : undefined;
    if (files) {
      ({ form, kept } = await receiveUploads({
        questions,
        form,
        received: post.files ?? [],
        tooManyFiles: post.tooManyFiles ?? false,
        saved: journey.answers[page] as Record<string, unknown> | undefined,
        files,
        owner: { session: session.id, transaction: served.transaction.id },
        now: now(),
      }));
    }
    // The async handler runs the council's address lookup for a postcode page; any other page is answered at once.
    const result = await handleStepPostAsync(flow, page, form, answers, {
      locale: exchange.locale,
      returnToCheckAnswers: change,
    });
    // Files no answer holds once this post is dealt with go then: replaced ones, and new ones that a wrong answer
    // elsewhere on the page left unsaved (the resident chooses them again, as a file input cannot keep them). Only
    // after the answers are saved, so saved answers never name a file that has gone.
    const holding = new Set(heldFileIds(flow, result.ok ? result.answers : answers));
    const unheld = files ? [...heldFileIds(flow, answers), ...kept].filter((id) => !holding.has(id)) : [];
    const dropUnheld = async (saved: boolean) => {
      await files?.delete(saved ? unheld : kept.filter((id) => !holding.has(id)));
    };
    if (settings.saveAndReturn && form.get(SAVE_ACTION.name) === SAVE_ACTION.value) {
      // Saving keeps this page's answers if they are right, and leaves them out (unchecked) if not.
      if (result.ok)
        await store.saveJourney(session.id, served.transaction.id, { ...journey, answers: result.answers });
      await dropUnheld(result.ok);
      return redirect(exchange, routes.save(served, exchange.locale));
    }
    if (result.ok) {
      // Answers changed after a payment was tried make a new application: the one awaiting payment was for others.
      const { payment: _tried, ...rest } = journey;
      const changed = journey.payment ? { ...rest, idempotencyKey: randomToken() } : journey;
      await store.saveJourney(session.id, served.transaction.id, { ...changed, answers: result.answers });
      await dropUnheld(true);
      const keepChanging = change && result.next !== CHECK_ANSWERS;
      return redirect(exchange, routes.page(served, result.next, exchange.locale, keepChanging));
    }
    await dropUnheld(false);
    if (result.redirect !== undefined) {
      return redirect(exchange, routes.page(served, result.redirect, exchange.locale));
    }
    return journeyPage(exchange, served, session, {
      position: page as FlowPosition<AnyTransaction>,
      answers,
      errors: result.errors,
      values: result.values,
      change,
    });
  };

  const saving =
    settings.saveAndReturn &&
    savingHandlers({
      settings: settings.saveAndReturn,
      routes,
      flowOf,
      translator,
      notice,
      redirect,
      signedOut,
      resume,
      startSession,
      readPost,
      csrfField: CSRF_FIELD,
      logger,
      now,
    });

  // ---- dispatch --------------------------------------------------------------------------------------------

  const dispatch = async (exchange: Exchange): Promise<Response> => {
    const route = routes.read(exchange.url);
    if ('locale' in route) {
      exchange.locale = council.languages.includes(route.locale) ? route.locale : defaultLocale;
    }
    const method = exchange.request.method;
    const reading = method === 'GET' || method === 'HEAD';
    if (route.kind === 'payment-webhook') {
      if (!settings.payments) return notFound(exchange);
      if (method === 'POST') return paymentWebhook(await storeReady, exchange);
      const response = notFound(exchange, 405);
      response.headers.set('Allow', 'POST');
      return response;
    }
    const takesPosts = route.kind === 'page' || route.kind === 'save' || route.kind === 'return';
    if (!reading && !(method === 'POST' && takesPosts)) {
      const response = notFound(exchange, 405);
      response.headers.set('Allow', takesPosts ? 'GET, HEAD, POST' : 'GET, HEAD');
      return response;
    }
    switch (route.kind) {
      case 'asset': {
        const asset = settings.assets ? await assets(route.file) : undefined;
        if (!asset) return notFound(exchange);
        return new Response(asset.body, {
          headers: {
            'Content-Type': asset.type,
            'Cache-Control': 'public, max-age=86400',
            'X-Content-Type-Options': 'nosniff',
          },
        });
      }
      case 'services': {
        const t = translator(exchange.locale);
        return notice(
          exchange,
          200,
          'server.services.title',
          <ServicesPage
            t={t}
            council={inLocale(council.name, exchange.locale)}
            services={settings.served.map((served) => ({
              name: served.transaction.title[exchange.locale],
              href: routes.start(served, exchange.locale),
            }))}
          />,
        );
      }
      case 'not-found':
        return notFound(exchange);
      case 'start':
        return start(await storeReady, exchange, route.served);
      case 'page':
        return reading
          ? showPage(await storeReady, exchange, route.served, route.page, route.change)
          : postPage(await storeReady, exchange, route.served, route.page, route.change);
      case 'save':
        if (!saving) return notFound(exchange);
        return reading
          ? saving.showSave(await storeReady, exchange, route.served)
          : saving.postSave(await storeReady, exchange, route.served);
      case 'paid':
        if (!settings.payments) return notFound(exchange);
        return paid(await storeReady, exchange, route.served, route.reference);
      case 'return':
        if (!saving) return notFound(exchange);
        return reading
          ? saving.showReturn(await storeReady, exchange, route.served, route.token)
          : saving.postReturn(await storeReady, exchange, route.served, route.token);
    }
  };

  const handle = async (request: Request): Promise<Response> => {
    const requestId = randomToken(6);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      url = new URL('http://invalid/');
    }
    const secure = options.secureCookies ?? url.protocol === 'https:';
    const exchange: Exchange = {
      request,
      url,
      locale: defaultLocale,
      nonce: randomToken(16),
      secure,
      cookie: cookieSettings(secure, basePath),
      requestId,
      setCookies: [],
    };
    try {
      const response = await dispatch(exchange);
      return request.method === 'HEAD'
        ? new Response(null, { status: response.status, headers: response.headers })
        : response;
    } catch (error) {
      logger.error({
        event: 'request-failed',
        requestId,
        method: request.method,
        path: url.pathname,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      exchange.setCookies = [];
      return notice(
        exchange,
        500,
        'server.problem.title',
        <ProblemPage t={translator(exchange.locale)} requestId={requestId} />,
      );
    }
  };

  return outbox ? Object.assign(handle, { deliveries: outbox.worker }) : handle;
}
