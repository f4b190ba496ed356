import type { AnyTransaction, Flow, Locale, TransactionAnswers, Translator } from '@lgds/core';
import type { ReactNode } from 'react';
import type { Exchange } from '../http/exchange';
import { randomToken } from '../http/signing';
import type { Logger, SaveAndReturnOptions, Served } from '../options';
import { ReturnLinkProblemPage, ReturnPage, SavedPage, SavePage, type SavePageProps } from '../pages/SaveAndReturn';
import type { Routes } from '../routes';
import type { ResumedSession, Session, Store } from '../store/types';
import { dateInWords } from '../today';
import { isEmailAddress, isReturnToken, newReturnToken, returnTokenHash } from './links';

/** The `name=value` the "Save and come back later" button posts. */
export const SAVE_ACTION = { name: '_action', value: 'save' } as const;

/** What the save and return pages need from the service that serves them. */
export interface SavingContext {
  settings: SaveAndReturnOptions & { days: number };
  routes: Routes;
  flowOf: (served: Served) => Flow<AnyTransaction>;
  translator: (locale: Locale) => Translator;
  notice: (
    exchange: Exchange,
    status: number,
    titleKey: string,
    content: ReactNode,
    served?: Served,
    hasError?: boolean,
  ) => Response;
  redirect: (exchange: Exchange, location: string) => Response;
  signedOut: (exchange: Exchange, served: Served) => Response;
  resume: (store: Store, exchange: Exchange) => Promise<ResumedSession>;
  startSession: (store: Store, exchange: Exchange) => Promise<Session>;
  readPost: (
    store: Store,
    exchange: Exchange,
    served: Served,
    here: string,
  ) => Promise<Response | { session: Session; form: URLSearchParams }>;
  csrfField: string;
  logger: Logger;
  now: () => Date;
}

/**
 * GOV.UK's "Save and come back later": a page that asks for an email address and sends a link, and the link's
 * pages, which bring the answers back once, before the link expires.
 */
export function savingHandlers(context: SavingContext) {
  const { settings, routes, flowOf, translator, notice, redirect, logger, now } = context;

  const savePage = (exchange: Exchange, served: Served, session: Session, props: Partial<SavePageProps>) =>
    notice(
      exchange,
      200,
      'server.save.title',
      <SavePage
        t={translator(exchange.locale)}
        days={settings.days}
        action={routes.save(served, exchange.locale)}
        backHref={routes.start(served, exchange.locale)}
        csrf={{ name: context.csrfField, token: session.csrfToken }}
        {...props}
      />,
      served,
      props.error !== undefined,
    );

  return {
    async showSave(store: Store, exchange: Exchange, served: Served) {
      const resumed = await context.resume(store, exchange);
      if (resumed.status === 'expired') return context.signedOut(exchange, served);
      // Nothing to save without a session: the start puts the resident where they are.
      if (resumed.status === 'unknown') return redirect(exchange, routes.start(served, exchange.locale));
      return savePage(exchange, served, resumed.session, {});
    },

    async postSave(store: Store, exchange: Exchange, served: Served) {
      const post = await context.readPost(store, exchange, served, routes.save(served, exchange.locale));
      if (post instanceof Response) return post;
      const { session, form } = post;
      const email = (form.get('email') ?? '').trim();
      if (email === '') return savePage(exchange, served, session, { email, error: 'required' });
      if (!isEmailAddress(email)) return savePage(exchange, served, session, { email, error: 'format' });
      const journey = await store.getJourney(session.id, served.transaction.id);
      // Sent already, or never started: the start shows where they are.
      if (!journey || journey.submittedReference) return redirect(exchange, routes.start(served, exchange.locale));
      const { token, tokenHash } = await newReturnToken();
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + settings.days * 24 * 60 * 60 * 1000);
      await store.saveReturnLink({
        tokenHash,
        transaction: served.transaction.id,
        answers: journey.answers,
        createdAt,
        expiresAt,
      });
      const origin = settings.origin ?? exchange.url.origin;
      try {
        await settings.send({
          email,
          link: `${origin}${routes.returnLink(served, token, exchange.locale)}`,
          expiresAt,
          locale: exchange.locale,
          serviceName: served.transaction.title[exchange.locale],
        });
      } catch (error) {
        // The link saved above is useless without the email, and expires unused. Nothing personal is logged.
        logger.error({
          event: 'return-link-not-sent',
          requestId: exchange.requestId,
          transaction: served.transaction.id,
          error: error instanceof Error ? error.name : 'unknown',
        });
        return savePage(exchange, served, session, { email, error: 'notSent' });
      }
      logger.info({ event: 'return-link-sent', requestId: exchange.requestId, transaction: served.transaction.id });
      const flow = flowOf(served);
      const current = flow.currentStep(journey.answers as TransactionAnswers<AnyTransaction>);
      return notice(
        exchange,
        200,
        'server.saved.title',
        <SavedPage
          t={translator(exchange.locale)}
          email={email}
          date={dateInWords(expiresAt, exchange.locale)}
          continueHref={routes.page(served, current, exchange.locale)}
        />,
        served,
      );
    },

    async showReturn(store: Store, exchange: Exchange, served: Served, token: string) {
      if (!isReturnToken(token)) return problem(exchange, served, 'unknown');
      const resumed = await context.resume(store, exchange);
      const session = resumed.status === 'active' ? resumed.session : await context.startSession(store, exchange);
      return notice(
        exchange,
        200,
        'server.return.title',
        <ReturnPage
          t={translator(exchange.locale)}
          action={routes.returnLink(served, token, exchange.locale)}
          csrf={{ name: context.csrfField, token: session.csrfToken }}
        />,
        served,
      );
    },

    async postReturn(store: Store, exchange: Exchange, served: Served, token: string) {
      if (!isReturnToken(token)) return problem(exchange, served, 'unknown');
      const post = await context.readPost(store, exchange, served, routes.returnLink(served, token, exchange.locale));
      if (post instanceof Response) return post;
      const opened = await store.openReturnLink(await returnTokenHash(token), now());
      if (opened.status !== 'opened') return problem(exchange, served, opened.status);
      // A link for another transaction is only possible by editing the address: it is used up, and does nothing.
      if (opened.transaction !== served.transaction.id) return problem(exchange, served, 'unknown');
      const flow = flowOf(served);
      // Answers the rules no longer lead to (they changed since) are dropped; the rest are checked again on the way.
      const answers = flow.prune(opened.answers as TransactionAnswers<AnyTransaction>) as Record<string, unknown>;
      await store.saveJourney(post.session.id, served.transaction.id, { answers, idempotencyKey: randomToken() });
      logger.info({ event: 'return-link-used', requestId: exchange.requestId, transaction: served.transaction.id });
      const current = flow.currentStep(answers as TransactionAnswers<AnyTransaction>);
      return redirect(exchange, routes.page(served, current, exchange.locale));
    },
  };

  function problem(exchange: Exchange, served: Served, status: 'used' | 'expired' | 'unknown') {
    return notice(
      exchange,
      status === 'unknown' ? 404 : 410,
      `server.return.${status}.title`,
      <ReturnLinkProblemPage
        t={translator(exchange.locale)}
        problem={status}
        days={settings.days}
        startHref={routes.start(served, exchange.locale)}
      />,
      served,
    );
  }
}
