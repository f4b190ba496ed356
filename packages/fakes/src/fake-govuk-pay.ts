import { createHmac, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import {
  ajvText,
  answerAsScripted,
  type Json,
  listenOnLoopback,
  openApiAjv,
  readSpecFile,
  sendJson,
} from './fake-http';

/**
 * A fake GOV.UK Pay on loopback, for tests and for running the example service without an API key. It checks every
 * request against GOV.UK Pay's published API (the OpenAPI file copied into `specs/govuk-pay/`) with ajv: the
 * `Authorization: Bearer` API key, the body of a new payment against `CreateCardPaymentRequest` (and no property the
 * spec does not have), the path's payment id; and it checks its own answers against the spec's response schemas.
 * Anything that breaks the spec, either way, is kept in `violations`: a test should expect it to be empty.
 *
 * Payments are kept in memory and move through Pay's states as Pay moves them. Each payment's `next_url` is a card
 * page on the fake: a small HTML form, without JavaScript, whose buttons Pay (success), Decline (failed, P0010) and
 * Cancel (failed, P0030: GOV.UK Pay reports a resident's own cancelling as `failed`; `cancelled` is kept for a
 * payment the service cancelled, P0040) set the payment's state and send the resident back to its `return_url`.
 * `complete` finishes a payment without the resident coming back (the tab they closed), and `sendWebhook` posts GOV.UK
 * Pay's signed webhook for it. Failures can be programmed (`failNext`) and a request left hanging (`hangNext`).
 *
 * It imports nothing from vitest, so the runnable example service can start one.
 */
export interface FakeGovukPay {
  /** Where it listens, such as `http://127.0.0.1:41234`: the client's `baseUrl`. */
  readonly url: string;
  /** An API key it accepts. */
  readonly apiKey: string;
  /** Another key, for another service: it answers 401, as Pay does for a revoked or mistyped key. */
  readonly wrongApiKey: string;
  /** Every payment created, oldest first, as the fake has it now. */
  readonly payments: readonly FakePayment[];
  /** Every request to its API and its card pages, with the status it was answered with, oldest first. */
  readonly requests: readonly FakePayRequest[];
  /** Each way a request or a response broke the published API. */
  readonly violations: string[];
  /** Answers the next `times` API requests of a kind (default: creating a payment) with this failure instead. */
  failNext(status: number, options?: PayFailure & PayScriptOptions): void;
  /** Leaves the next `times` API requests of a kind (default: creating a payment) unanswered until it stops. */
  hangNext(options?: PayScriptOptions): void;
  /** Resolves once a request has been left hanging. */
  hanging(): Promise<void>;
  /** How many hanging requests the client gave up on, closing the connection. */
  readonly abandoned: number;
  /**
   * Finishes an unfinished payment without the resident coming back to the service, as when they pay and close the
   * tab. `failed` takes a code: P0010 (declined, the default), P0020 (expired) or P0030 (the resident cancelled).
   * `cancelled` is P0040 (the service cancelled it) and `error` P0050. Throws for an unknown or finished payment.
   */
  complete(paymentId: string, status: FinishedStatus, code?: FailedCode): FakePayment;
  /**
   * POSTs GOV.UK Pay's webhook for a payment (`card_payment_succeeded` unless told) to `to`, signed with `secret` in
   * the `Pay-Signature` header, and resolves with the status it was answered with.
   */
  sendWebhook(paymentId: string, options: { to: string; secret: string; eventType?: string }): Promise<number>;
  /**
   * From now on, posts GOV.UK Pay's signed `card_payment_succeeded` webhook to `to` whenever a payment succeeds (on
   * the card page or by `complete`), without waiting for it, as Pay does; for a running service whose resident may
   * close the tab. A webhook that fails is kept in `webhookFailures`, not retried.
   */
  postWebhooksTo(target: { to: string; secret: string }): void;
  /** Each webhook `postWebhooksTo` sent that was not answered 2xx: why. */
  readonly webhookFailures: readonly string[];
  /** Stops listening and drops every connection, hanging ones too. */
  stop(): Promise<void>;
}

/** A payment as the fake keeps it. */
export interface FakePayment {
  id: string;
  amount: number;
  reference: string;
  description: string;
  returnUrl: string;
  language: 'en' | 'cy';
  email: string | undefined;
  createdDate: string;
  /** GOV.UK Pay's `state`: `code` and `message` only for a failed, cancelled or error payment. */
  state: { status: string; finished: boolean; code?: string; message?: string };
}

/** One request the fake answered. */
export interface FakePayRequest {
  method: string;
  path: string;
  status: number | 'hung';
  /** The JSON body, for `POST /v1/payments`. */
  body?: Json;
  /** The `Authorization` header as sent, for API requests (never shown anywhere but here). */
  authorization?: string;
}

/** A failure to answer with: GOV.UK Pay's `code`, `description` and `field` (defaults suit each status). */
export interface PayFailure {
  code?: string;
  description?: string;
  field?: string;
}

/** Which API requests a programmed answer is for, and how many. */
export interface PayScriptOptions {
  /** `create` (creating a payment, the default), `get` (getting one) or `any`. */
  on?: 'create' | 'get' | 'any';
  /** How many requests (default 1). */
  times?: number;
  /** Headers to add, such as `Retry-After`. */
  headers?: Record<string, string>;
}

/** The statuses a payment finishes in. */
export type FinishedStatus = 'success' | 'failed' | 'cancelled' | 'error';
/** Why a payment `failed`: declined, expired, or cancelled by the resident. */
export type FailedCode = 'P0010' | 'P0020' | 'P0030';

/** What a fake GOV.UK Pay should be. */
export interface FakeGovukPayOptions {
  /** The API key it accepts (default: a random test key). */
  apiKey?: string;
}

/** GOV.UK Pay's code and message for each way a payment ends without success. */
const failures: Record<string, { status: FinishedStatus; message: string }> = {
  P0010: { status: 'failed', message: 'Payment method rejected' },
  P0020: { status: 'failed', message: 'Payment expired' },
  P0030: { status: 'failed', message: 'Payment was cancelled by the user' },
  P0040: { status: 'cancelled', message: 'Payment was cancelled by the service' },
  P0050: { status: 'error', message: 'Payment provider returned an error' },
};

const specDir = new URL('../specs/govuk-pay/', import.meta.url);

type Kind = 'create' | 'get';

/** One operation of the spec: its parameters, its request body and each response's schema ('empty': no body). */
interface Operation {
  parameters: Map<string, { in: string; validate: ValidateFunction }>;
  request: ValidateFunction | undefined;
  /** The request body's property names, since the spec's schemas allow any others. */
  known: Set<string>;
  responses: Map<number, ValidateFunction | 'empty'>;
}

function loadSpec() {
  const spec = readSpecFile(specDir, 'publicapi_spec.json') as {
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Record<string, { properties?: Json }> };
  };
  const ajv: Ajv = openApiAjv();
  ajv.addSchema(spec, 'publicapi_spec.json');
  const compile = (ref: string) => ajv.compile({ $ref: `publicapi_spec.json${ref}` });
  const schemaRef = (content: unknown) =>
    ((content as Json | undefined)?.['application/json'] as { schema?: { $ref: string } } | undefined)?.schema?.$ref;
  const operation = (path: string, method: string): Operation => {
    const op = spec.paths[path]?.[method] as
      | {
          parameters?: { name: string; in: string; schema: Json }[];
          requestBody?: { content: Json };
          responses: Record<string, { content?: Json }>;
        }
      | undefined;
    if (!op) throw new Error(`publicapi_spec.json has no ${method.toUpperCase()} ${path}`);
    const requestRef = schemaRef(op.requestBody?.content);
    const responses = new Map<number, ValidateFunction | 'empty'>();
    for (const [status, response] of Object.entries(op.responses)) {
      const ref = schemaRef(response.content);
      responses.set(Number(status), ref ? compile(ref) : 'empty');
    }
    return {
      parameters: new Map(
        (op.parameters ?? []).map((p) => [p.name.toLowerCase(), { in: p.in, validate: ajv.compile(p.schema) }]),
      ),
      request: requestRef ? compile(requestRef) : undefined,
      known: new Set(Object.keys(spec.components.schemas[requestRef?.split('/').pop() ?? '']?.properties ?? {})),
      responses,
    };
  };
  return {
    create: operation('/v1/payments', 'post'),
    get: operation('/v1/payments/{paymentId}', 'get'),
    // A webhook's resource is a payment "as you get when finding a payment in the API".
    webhookResource: compile('#/components/schemas/PaymentWithAllLinks'),
  };
}

let spec: ReturnType<typeof loadSpec> | undefined;

/** GOV.UK Pay's payment ids: 26 characters, small letters and digits. */
function paymentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`;

/** The default failure for each status, as GOV.UK Pay words it for each kind of request. */
function defaultFailure(status: number, kind: Kind): PayFailure {
  if (status === 400) {
    return kind === 'create'
      ? { code: 'P0197', description: 'Unable to parse JSON' }
      : { code: 'P0298', description: 'Bad request' };
  }
  if (status === 404) return { code: 'P0200', description: 'Not found' };
  if (status === 422) {
    return {
      code: 'P0102',
      field: 'return_url',
      description: 'Invalid attribute value: return_url. Must be a valid URL format',
    };
  }
  if (status === 429) return { code: 'P0900', description: 'Too many requests' };
  if (status >= 500 && status !== 503) {
    return { code: kind === 'create' ? 'P0198' : 'P0298', description: 'Downstream system error' };
  }
  if (status === 503) return { code: 'P0999', description: 'GOV.UK Pay is temporarily down' };
  return { code: 'P0999', description: `Status ${status}` };
}

/** Starts a fake GOV.UK Pay on 127.0.0.1 on a free port. Stop it with `stop()`. */
export async function startFakeGovukPay(options: FakeGovukPayOptions = {}): Promise<FakeGovukPay> {
  spec ??= loadSpec();
  const checks = spec;
  const apiKey = options.apiKey ?? `api_test_${randomBytes(24).toString('hex')}`;
  const wrongApiKey = `api_test_${randomBytes(24).toString('hex')}`;
  const payments: FakePayment[] = [];
  const requests: FakePayRequest[] = [];
  const violations: string[] = [];
  const script: { on: Kind | 'any'; answer: 'hang' | { status: number; body: Json | undefined; headers: Json } }[] = [];
  let url = '';

  const webhookFailures: string[] = [];
  let webhookTarget: { to: string; secret: string } | undefined;
  const find = (id: string) => payments.find((payment) => payment.id === id);

  /** A payment as the API shows it: `_links.next_url` (and `cancel`) only while it is not finished. */
  const asJson = (payment: FakePayment, kind: 'created' | 'found'): Json => {
    const self = `${url}/v1/payments/${payment.id}`;
    const success = payment.state.status === 'success';
    return {
      amount: payment.amount,
      description: payment.description,
      reference: payment.reference,
      language: payment.language,
      ...(payment.email ? { email: payment.email } : {}),
      state: { ...payment.state },
      payment_id: payment.id,
      payment_provider: 'sandbox',
      created_date: payment.createdDate,
      refund_summary: {
        status: success ? 'available' : 'pending',
        amount_available: success ? payment.amount : 0,
        amount_submitted: 0,
      },
      settlement_summary: {},
      ...(success
        ? {
            card_details: {
              last_digits_card_number: '4242',
              first_digits_card_number: '424242',
              cardholder_name: 'Sam Resident',
              expiry_date: '04/30',
              card_brand: 'Visa',
              card_type: 'debit',
            },
            provider_id: `sandbox-${payment.id}`,
          }
        : {}),
      delayed_capture: false,
      moto: false,
      return_url: payment.returnUrl,
      ...(kind === 'found' ? { authorisation_mode: 'web' } : {}),
      _links: {
        self: { href: self, method: 'GET' },
        ...(payment.state.finished
          ? {}
          : {
              next_url: { href: `${url}/pay/${payment.id}`, method: 'GET' },
              cancel: { href: `${self}/cancel`, method: 'POST' },
            }),
        events: { href: `${self}/events`, method: 'GET' },
        refunds: { href: `${self}/refunds`, method: 'GET' },
      },
    };
  };

  /** Answers, having checked the answer against the spec's schema for that status. */
  const answer = (res: ServerResponse, kind: Kind, status: number, body: Json | undefined, headers: Json = {}) => {
    const schema = checks[kind].responses.get(status);
    const what = `the fake's own ${status} answer to ${kind === 'create' ? 'POST /v1/payments' : 'GET /v1/payments/{paymentId}'}`;
    if (schema === 'empty' && body !== undefined) violations.push(`${what} has a body, and the spec gives it none`);
    if (schema && schema !== 'empty' && !schema(body)) violations.push(`${what} breaks the spec: ${ajvText(schema)}`);
    if (body === undefined) {
      res.writeHead(status, headers as Record<string, string>);
      res.end();
    } else {
      sendJson(res, status, body, headers);
    }
  };

  const finish = (payment: FakePayment, status: FinishedStatus, code?: string) => {
    if (status === 'success') {
      payment.state = { status: 'success', finished: true };
      const target = webhookTarget;
      if (target) {
        void postWebhook(payment.id, target).then(
          (answered) => {
            if (answered < 200 || answered > 299) webhookFailures.push(`${payment.id}: answered ${answered}`);
          },
          (error: unknown) => webhookFailures.push(`${payment.id}: ${error instanceof Error ? error.message : error}`),
        );
      }
      return;
    }
    const chosen = code ?? { failed: 'P0010', cancelled: 'P0040', error: 'P0050' }[status];
    const failure = failures[chosen];
    if (!failure || failure.status !== status)
      throw new Error(`GOV.UK Pay gives a ${status} payment no code ${chosen}`);
    payment.state = { status, finished: true, code: chosen, message: failure.message };
  };

  const handleCreate = (res: ServerResponse, body: Json): number => {
    const { request, known } = checks.create;
    if (request && !request(body)) {
      violations.push(`POST /v1/payments breaks the spec: ${ajvText(request)}`);
      const missing = request.errors?.find((e) => e.keyword === 'required');
      const failure = missing
        ? {
            code: 'P0101',
            field: String(missing.params.missingProperty),
            description: `Missing mandatory attribute: ${String(missing.params.missingProperty)}`,
          }
        : {
            code: 'P0102',
            field: request.errors?.[0]?.instancePath.replace(/^\//, '') ?? '',
            description: `Invalid attribute value: ${request.errors?.[0]?.instancePath.replace(/^\//, '')}. ${request.errors?.[0]?.message ?? ''}`,
          };
      const status = missing ? 400 : 422;
      answer(res, 'create', status, failure);
      return status;
    }
    const unknown = Object.keys(body).filter((name) => !known.has(name));
    if (unknown.length > 0)
      violations.push(`POST /v1/payments sends what the spec does not have: ${unknown.join(', ')}`);
    // The spec's prose: a web payment has a return_url, and Pay needs an absolute address to send the resident to.
    if (!/^https?:\/\/[^/]/.test(String(body.return_url))) {
      violations.push(
        `POST /v1/payments sends a return_url that is not an absolute address: ${String(body.return_url)}`,
      );
      const failure = {
        code: 'P0102',
        field: 'return_url',
        description: 'Invalid attribute value: return_url. Must be a valid URL format',
      };
      answer(res, 'create', 422, failure);
      return 422;
    }
    const payment: FakePayment = {
      id: paymentId(),
      amount: Number(body.amount),
      reference: String(body.reference),
      description: String(body.description),
      returnUrl: String(body.return_url),
      language: body.language === 'cy' ? 'cy' : 'en',
      email: typeof body.email === 'string' ? body.email : undefined,
      createdDate: new Date().toISOString(),
      state: { status: 'created', finished: false },
    };
    payments.push(payment);
    answer(res, 'create', 201, asJson(payment, 'created'), { location: `${url}/v1/payments/${payment.id}` });
    return 201;
  };

  const handleGet = (res: ServerResponse, id: string): number => {
    const parameter = checks.get.parameters.get('paymentid');
    if (parameter && !parameter.validate(id)) {
      violations.push(`GET /v1/payments/${id} breaks the spec: ${ajvText(parameter.validate)}`);
    }
    const payment = find(id);
    if (!payment) {
      answer(res, 'get', 404, { code: 'P0200', description: 'Not found' });
      return 404;
    }
    answer(res, 'get', 200, asJson(payment, 'found'));
    return 200;
  };

  /** The card page: what the resident sees at next_url, with no JavaScript. */
  const cardPage = (res: ServerResponse, payment: FakePayment) => {
    const title = payment.state.finished ? 'This payment has finished' : 'Enter card details';
    const body = payment.state.finished
      ? `<p class="govuk-body">Its status is ${escapeHtml(payment.state.status)}.</p>
<p class="govuk-body"><a class="govuk-link" href="${escapeHtml(payment.returnUrl)}">Go back to the service</a></p>`
      : `<p class="govuk-body">This is a fake of GOV.UK Pay for testing: no card is needed and no money is taken.</p>
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Payment for</dt><dd class="govuk-summary-list__value">${escapeHtml(payment.description)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reference</dt><dd class="govuk-summary-list__value">${escapeHtml(payment.reference)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Total amount</dt><dd class="govuk-summary-list__value">${pounds(payment.amount)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Language of the real payment pages</dt><dd class="govuk-summary-list__value">${payment.language === 'cy' ? 'Welsh (cy)' : 'English (en)'}</dd></div>
</dl>
<form method="post" action="/pay/${payment.id}" novalidate>
<div class="govuk-button-group">
<button type="submit" name="outcome" value="pay" class="govuk-button">Pay</button>
<button type="submit" name="outcome" value="decline" class="govuk-button govuk-button--warning">Decline</button>
<button type="submit" name="outcome" value="cancel" class="govuk-button govuk-button--secondary">Cancel</button>
</div>
</form>
<p class="govuk-body">Pay: the payment succeeds. Decline: the card is refused (failed, P0010). Cancel: the resident cancels (failed, P0030).</p>`;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title} – Fake GOV.UK Pay</title></head>
<body>
<main id="main-content">
<h1 class="govuk-heading-l">${title}</h1>
${body}
</main>
</body>
</html>`);
  };

  /** POSTs GOV.UK Pay's signed webhook for a payment; resolves with the status it was answered with. */
  async function postWebhook(
    id: string,
    { to, secret, eventType = 'card_payment_succeeded' }: { to: string; secret: string; eventType?: string },
  ): Promise<number> {
    const payment = find(id);
    if (!payment) throw new Error(`The fake GOV.UK Pay has no payment ${id}`);
    const resource = asJson(payment, 'found');
    if (!checks.webhookResource(resource)) {
      violations.push(`the fake's own webhook resource breaks the spec: ${ajvText(checks.webhookResource)}`);
    }
    const body = JSON.stringify({
      webhook_message_id: randomBytes(13).toString('hex'),
      created_date: new Date().toISOString(),
      resource_id: payment.id,
      api_version: 1,
      resource_type: 'payment',
      event_type: eventType,
      resource,
    });
    const signature = createHmac('sha256', secret).update(body, 'utf8').digest('hex');
    const response = await fetch(to, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'pay-signature': signature },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return response.status;
  }

  const scripted = (kind: Kind) => {
    const index = script.findIndex((entry) => entry.on === 'any' || entry.on === kind);
    if (index < 0) return undefined;
    return script.splice(index, 1)[0]?.answer;
  };

  const server = await listenOnLoopback((req, res, requestBody) => {
    const address = new URL(req.url ?? '/', 'http://fake-govuk-pay');
    const method = req.method ?? '';
    const path = address.pathname;
    const entry: FakePayRequest = { method, path, status: 0 };
    requests.push(entry);

    const card = /^\/pay\/([^/]+)$/.exec(path);
    if (card && (method === 'GET' || method === 'POST')) {
      const payment = find(decodeURIComponent(card[1] ?? ''));
      if (!payment) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('No such payment');
        entry.status = 404;
        return;
      }
      if (method === 'GET') {
        // As on Pay: the resident opening next_url starts the payment.
        if (payment.state.status === 'created') payment.state = { status: 'started', finished: false };
        cardPage(res, payment);
        entry.status = 200;
        return;
      }
      const outcome = new URLSearchParams(requestBody.toString('utf8')).get('outcome');
      if (!payment.state.finished) {
        if (outcome === 'pay') finish(payment, 'success');
        else if (outcome === 'decline') finish(payment, 'failed', 'P0010');
        else if (outcome === 'cancel') finish(payment, 'failed', 'P0030');
      }
      res.writeHead(303, { location: payment.returnUrl });
      res.end();
      entry.status = 303;
      return;
    }

    const one = /^\/v1\/payments\/([^/]+)$/.exec(path);
    const kind: Kind | undefined =
      method === 'POST' && path === '/v1/payments' ? 'create' : method === 'GET' && one ? 'get' : undefined;
    if (!kind) {
      violations.push(`${method} ${path} is not a request this fake (or the client) should make`);
      sendJson(res, 404, { code: 'P0200', description: 'Not found' });
      entry.status = 404;
      return;
    }
    const authorization = req.headers.authorization;
    if (authorization !== undefined) entry.authorization = authorization;
    const record = (status: number | 'hung') => {
      entry.status = status;
    };

    // Pay's firewall (P0920) refuses an Accept header that does not take JSON.
    const accept = req.headers.accept;
    if (accept && !/application\/json|\*\/\*/.test(accept)) {
      violations.push(`${method} ${path} accepts only ${accept}, not application/json`);
    }
    if (!authorization?.startsWith('Bearer ')) {
      violations.push(`${method} ${path} has no Authorization: Bearer header`);
      answer(res, kind, 401, undefined);
      record(401);
      return;
    }
    if (authorization.slice('Bearer '.length) !== apiKey) {
      answer(res, kind, 401, undefined);
      record(401);
      return;
    }

    let body: Json = {};
    if (kind === 'create') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        violations.push(`${method} ${path} was sent as ${req.headers['content-type']}, not application/json`);
      }
      const idempotencyKey = req.headers['idempotency-key'];
      const keyCheck = checks.create.parameters.get('idempotency-key');
      if (typeof idempotencyKey === 'string' && keyCheck && !keyCheck.validate(idempotencyKey)) {
        violations.push(`the Idempotency-Key header breaks the spec: ${ajvText(keyCheck.validate)}`);
      }
      try {
        const parsed: unknown = JSON.parse(requestBody.toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        body = parsed as Json;
        entry.body = body;
      } catch {
        violations.push(`${method} ${path} sent a body that is not a JSON object`);
        answer(res, kind, 400, { code: 'P0197', description: 'Unable to parse JSON' });
        record(400);
        return;
      }
    }

    const send = (status: number, sent: Json | undefined, headers: Json) => answer(res, kind, status, sent, headers);
    if (answerAsScripted(scripted(kind), server, res, send, record)) return;
    record(kind === 'create' ? handleCreate(res, body) : handleGet(res, decodeURIComponent(one?.[1] ?? '')));
  });
  url = server.url;

  return {
    url,
    apiKey,
    wrongApiKey,
    payments,
    requests,
    violations,
    failNext(status, { on = 'create', times = 1, headers = {}, ...given } = {}) {
      for (let i = 0; i < times; i++) {
        // 401 has no body in the spec; every other failure carries Pay's code and description.
        const body =
          status === 401 ? undefined : { ...defaultFailure(status, on === 'get' ? 'get' : 'create'), ...given };
        script.push({ on, answer: { status, body: body as Json | undefined, headers } });
      }
    },
    hangNext({ on = 'create', times = 1 } = {}) {
      for (let i = 0; i < times; i++) script.push({ on, answer: 'hang' });
    },
    hanging: () => server.hanging(),
    get abandoned() {
      return server.abandoned;
    },
    complete(id, status, code) {
      const payment = find(id);
      if (!payment) throw new Error(`The fake GOV.UK Pay has no payment ${id}`);
      if (payment.state.finished) throw new Error(`Payment ${id} has already finished: ${payment.state.status}`);
      finish(payment, status, code);
      return payment;
    },
    sendWebhook: (id, { to, secret, eventType }) => postWebhook(id, { to, secret, ...(eventType && { eventType }) }),
    postWebhooksTo(target) {
      webhookTarget = { ...target };
    },
    webhookFailures,
    stop: () => server.stop(),
  };
}
