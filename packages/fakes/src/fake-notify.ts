import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
 * A fake GOV.UK Notify on loopback, for tests. It checks every request against Notify's published API (the
 * OpenAPI files copied into `specs/govuk-notify/`) with ajv, verifies the JWT each request carries as Notify
 * does (HS256 signed with the API key's secret, `iss` the service id, `iat` within 30 seconds), and answers with
 * bodies that are themselves checked against the spec's response schemas. Anything that breaks the spec, either
 * way, is kept in `violations`: a test should expect it to be empty.
 *
 * Like Notify, it refuses a template it does not know, a template of the wrong kind, a placeholder left without
 * personalisation, and (with `team`) a recipient outside the team. Failures can be programmed (`failNext`) and a
 * request can be left hanging (`hangNext`) to test timeouts.
 */
export interface FakeNotify {
  /** Where it listens, such as `http://127.0.0.1:41234`: the deliverer's `baseUrl`. */
  readonly url: string;
  /** An API key it accepts, made of its service id and secret. */
  readonly apiKey: string;
  /** An API key for the same service signed with another secret: Notify answers 403. */
  readonly wrongApiKey: string;
  /** Every message it accepted (201), oldest first. */
  readonly sent: SentMessage[];
  /** Every request, with the status it was answered with. */
  readonly requests: { method: string; path: string; status: number | 'hung' }[];
  /** Each way a request or a response broke the published API. */
  readonly violations: string[];
  /** Answers the next `times` requests of a kind (default: sends) with this failure instead. */
  failNext(status: number, errors?: readonly NotifyErrorItem[], options?: ScriptOptions): void;
  /** Leaves the next `times` requests of a kind (default: sends) unanswered until it stops. */
  hangNext(options?: ScriptOptions): void;
  /** Resolves once a request has been left hanging. */
  hanging(): Promise<void>;
  /** How many hanging requests the client gave up on, closing the connection. */
  readonly abandoned: number;
  /** Stops listening and drops every connection, hanging ones too. */
  stop(): Promise<void>;
}

/** One item of Notify's `errors`. */
export interface NotifyErrorItem {
  error: string;
  message: string;
}

/** Which requests a programmed answer is for, and how many. */
export interface ScriptOptions {
  /** `send` (posting an email or text, the default), `check` (listing messages) or `any`. */
  on?: 'send' | 'check' | 'any';
  /** How many requests (default 1). */
  times?: number;
  /** Headers to add, such as `Retry-After`. */
  headers?: Record<string, string>;
}

/** A template the fake knows, as a council writes it in Notify. */
export interface FakeTemplate {
  type: 'email' | 'sms';
  /** An email's subject line, with placeholders. */
  subject?: string;
  /** The message, with `((placeholders))`. */
  body: string;
}

/** A message the fake accepted. */
export interface SentMessage {
  id: string;
  type: 'email' | 'sms';
  templateId: string;
  /** The email address or phone number it was sent to. */
  to: string;
  personalisation: Record<string, unknown>;
  reference: string | undefined;
  emailReplyToId: string | undefined;
  /** The subject and body with the placeholders filled in, as the resident would read them. */
  subject: string | undefined;
  body: string;
  /** Notify's status for it: `created` until a test changes it. */
  status: string;
  createdAt: string;
}

/** What the fake should know. */
export interface FakeNotifyOptions {
  /** The service's templates by id. */
  templates?: Record<string, FakeTemplate>;
  /** When given, sends only to these addresses and numbers, as a team-only API key does. */
  team?: readonly string[];
  /** The reply-to address ids the service has. */
  emailReplyToIds?: readonly string[];
}

const specDir = new URL('../specs/govuk-notify/', import.meta.url);
const readSpec = (file: string): Json => readSpecFile(specDir, file);

/** The spec's pieces the fake uses: each path's file, as `publicapi_spec.json` names it. */
function loadSpec() {
  const root = readSpec('publicapi_spec.json') as { paths: Record<string, { $ref: string }> };
  const ajv = openApiAjv();
  const schemas = readSpec('schema.json') as {
    components: { schemas: { GetOneMessageResponse: { oneOf: { title: string }[] } } };
  };
  ajv.addSchema(schemas, 'schema.json');
  const pathFile = (path: string) => {
    const ref = root.paths[path]?.$ref;
    if (!ref) throw new Error(`publicapi_spec.json has no path ${path}`);
    return readSpec(ref.replace(/^\.\//, ''));
  };
  const compile = (ref: string): ValidateFunction => ajv.compile({ $ref: ref });
  const schemaRef = (content: unknown) =>
    ((content as Json)['application/json'] as { schema: { $ref: string } }).schema.$ref;
  const send = (path: string) => {
    const post = pathFile(path).post as {
      requestBody: { content: Json };
      responses: Record<string, { content: Json }>;
    };
    const responses: Record<number, ValidateFunction> = {};
    for (const [status, response] of Object.entries(post.responses)) {
      responses[Number(status)] = compile(schemaRef(response.content));
    }
    return { request: compile(schemaRef(post.requestBody.content)), responses };
  };
  const list = pathFile('/v2/notifications').get as {
    parameters: { name: string; in: string; schema: Json }[];
    responses: Record<string, { content: Json }>;
  };
  const parameters = new Map(list.parameters.map((p) => [p.name, ajv.compile(p.schema)]));
  // The spec's one message is a oneOf whose branches (sms, email, ...) require nothing, so every message matches
  // them all and fails "exactly one": each message is checked against the branch its `type` names instead.
  const branches = new Map(
    schemas.components.schemas.GetOneMessageResponse.oneOf.map((branch, index) => [
      branch.title,
      compile(`schema.json#/components/schemas/GetOneMessageResponse/oneOf/${index}`),
    ]),
  );
  return {
    email: send('/v2/notifications/email'),
    sms: send('/v2/notifications/sms'),
    list: {
      parameters,
      envelope: compile(schemaRef(list.responses['200']?.content)),
      message: branches,
      errors: Object.fromEntries(
        Object.entries(list.responses)
          .filter(([status]) => status !== '200')
          .map(([status, response]) => [Number(status), compile(schemaRef(response.content))]),
      ) as Record<number, ValidateFunction>,
    },
  };
}

let spec: ReturnType<typeof loadSpec> | undefined;

const placeholder = /\(\(([^()?]+?)(\?\?[^()]*)?\)\)/g;

function placeholdersOf(template: FakeTemplate): string[] {
  const text = `${template.subject ?? ''}\n${template.body}`;
  return [...new Set([...text.matchAll(placeholder)].map((match) => (match[1] ?? '').trim()))];
}

/** Fills a template as Notify does: a list becomes bullet points. */
function render(text: string, personalisation: Json): string {
  return text.replace(placeholder, (_whole, name: string, conditional: string | undefined) => {
    const value = personalisation[name.trim()];
    if (conditional) return value ? conditional.slice(2) : '';
    if (Array.isArray(value)) return `\n\n${value.map((item) => `* ${String(item)}`).join('\n')}\n\n`;
    return String(value ?? '');
  });
}

const base64url = (data: Buffer) => data.toString('base64url');

/** Starts a fake Notify on 127.0.0.1 on a free port. Stop it with `stop()`. */
export async function startFakeNotify(options: FakeNotifyOptions = {}): Promise<FakeNotify> {
  spec ??= loadSpec();
  const checks = spec;
  const serviceId = randomUUID();
  const secret = randomUUID();
  const sent: SentMessage[] = [];
  const requests: FakeNotify['requests'] = [];
  const violations: string[] = [];
  const script: { on: 'send' | 'check' | 'any'; answer: 'hang' | { status: number; body: Json; headers: Json } }[] = [];
  let url = '';
  const answer = sendJson;

  const errorBody = (status: number, errors: readonly NotifyErrorItem[]) => ({ errors, status_code: status });

  const checkResponse = (what: string, validate: ValidateFunction | undefined, body: unknown) => {
    if (validate && !validate(body)) {
      violations.push(`the fake's own ${what} response breaks the spec: ${ajvText(validate)}`);
    }
  };

  /** Notify's authentication, as its documentation describes it. */
  const authError = (req: IncomingMessage): { status: number; errors: NotifyErrorItem[] } | undefined => {
    const header = req.headers.authorization;
    const fail = (status: number, message: string) => ({ status, errors: [{ error: 'AuthError', message }] });
    if (!header?.startsWith('Bearer ')) return fail(401, 'Unauthorized: authentication token must be provided');
    const [head, claims, signature, ...rest] = header.slice('Bearer '.length).split('.');
    if (!head || !claims || !signature || rest.length > 0)
      return fail(403, 'Invalid token: signature, api token is not valid');
    let decodedHead: Json;
    let decodedClaims: Json;
    try {
      decodedHead = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
      decodedClaims = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
    } catch {
      return fail(403, 'Invalid token: signature, api token is not valid');
    }
    if (decodedHead.alg !== 'HS256' || decodedHead.typ !== 'JWT') {
      violations.push(`the token's header is not { typ: JWT, alg: HS256 }: ${JSON.stringify(decodedHead)}`);
      return fail(403, 'Invalid token: algorithm used is not HS256');
    }
    if (typeof decodedClaims.iss !== 'string') return fail(403, 'Invalid token: iss field not provided');
    if (decodedClaims.iss !== serviceId) return fail(403, 'Invalid token: service not found');
    const expected = Buffer.from(base64url(createHmac('sha256', secret).update(`${head}.${claims}`).digest()));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return fail(403, 'Invalid token: API key not found');
    }
    if (typeof decodedClaims.iat !== 'number') return fail(403, 'Invalid token: iat field not provided');
    if (Math.abs(Date.now() / 1000 - decodedClaims.iat) > 30) {
      return fail(403, 'Error: Your system clock must be accurate to within 30 seconds');
    }
    return undefined;
  };

  const scripted = (kind: 'send' | 'check') => {
    const index = script.findIndex((entry) => entry.on === 'any' || entry.on === kind);
    if (index < 0) return undefined;
    return script.splice(index, 1)[0]?.answer;
  };

  const handleSend = (res: ServerResponse, type: 'email' | 'sms', body: Json): number => {
    const checked = checks[type];
    if (!checked.request(body)) {
      violations.push(`POST /v2/notifications/${type} breaks the spec: ${ajvText(checked.request)}`);
      const errors = (checked.request.errors ?? []).map((e) => ({
        error: 'ValidationError',
        message: `${e.instancePath.replace(/^\//, '') || 'body'} ${e.message ?? ''}`.trim(),
      }));
      answer(res, 400, errorBody(400, errors));
      return 400;
    }
    const refuse = (error: string, message: string) => {
      const payload = errorBody(400, [{ error, message }]);
      checkResponse('400', checked.responses[400], payload);
      answer(res, 400, payload);
      return 400;
    };
    const templateId = String(body.template_id);
    const template = options.templates?.[templateId];
    if (!template) return refuse('BadRequestError', 'Template not found');
    if (template.type !== type)
      return refuse('BadRequestError', `${template.type} template is not suitable for ${type} notification`);
    const personalisation = (body.personalisation ?? {}) as Json;
    const missing = placeholdersOf(template).filter((name) => personalisation[name] === undefined);
    if (missing.length > 0) return refuse('BadRequestError', `Missing personalisation: ${missing.join(', ')}`);
    const to = String(type === 'email' ? body.email_address : body.phone_number);
    if (type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) {
      return refuse('ValidationError', 'email_address Not a valid email address');
    }
    if (type === 'sms' && !/^\+?[\d\s()-]{7,}$/.test(to)) {
      return refuse('ValidationError', 'phone_number Must not contain letters or symbols');
    }
    const replyTo = body.email_reply_to_id;
    if (typeof replyTo === 'string' && !options.emailReplyToIds?.includes(replyTo)) {
      return refuse(
        'BadRequestError',
        `email_reply_to_id ${replyTo} does not exist in database for service id ${serviceId}`,
      );
    }
    if (options.team && !options.team.includes(to)) {
      return refuse('BadRequestError', "Can't send to this recipient using a team-only API key");
    }
    const id = randomUUID();
    const message: SentMessage = {
      id,
      type,
      templateId,
      to,
      personalisation,
      reference: typeof body.reference === 'string' ? body.reference : undefined,
      emailReplyToId: typeof replyTo === 'string' ? replyTo : undefined,
      subject: template.subject === undefined ? undefined : render(template.subject, personalisation),
      body: render(template.body, personalisation),
      status: 'created',
      createdAt: new Date().toISOString(),
    };
    sent.push(message);
    const templateRef = { id: templateId, version: 1, uri: `${url}/v2/template/${templateId}` };
    const response =
      type === 'email'
        ? {
            id,
            reference: message.reference ?? null,
            scheduled_for: null,
            content: {
              subject: message.subject ?? '',
              body: message.body,
              from_email: 'exampleshire.council@notifications.service.gov.uk',
              one_click_unsubscribe_url: null,
            },
            uri: `${url}/v2/notifications/${id}`,
            template: templateRef,
            sanitised_content: null,
          }
        : {
            id,
            reference: message.reference ?? null,
            scheduled_for: null,
            content: { body: message.body, from_number: 'GOVUK' },
            uri: `${url}/v2/notifications/${id}`,
            template: templateRef,
          };
    checkResponse('201', checked.responses[201], response);
    answer(res, 201, response);
    return 201;
  };

  const handleList = (res: ServerResponse, query: URLSearchParams): number => {
    const list = checks.list;
    for (const [name, value] of query) {
      const validate = list.parameters.get(name);
      if (!validate) {
        violations.push(`GET /v2/notifications has no query parameter ${name}`);
      } else if (!validate(name === 'include_jobs' ? value === 'true' : value)) {
        violations.push(`GET /v2/notifications?${name}=${value} breaks the spec: ${ajvText(validate)}`);
        const payload = errorBody(400, [{ error: 'ValidationError', message: `${name} ${value} is not valid` }]);
        checkResponse('400', list.errors[400], payload);
        answer(res, 400, payload);
        return 400;
      }
    }
    const matching = sent
      .filter((message) => !query.has('reference') || message.reference === query.get('reference'))
      .filter((message) => !query.has('template_type') || message.type === query.get('template_type'))
      .filter((message) => !query.has('status') || message.status === query.get('status'))
      .reverse()
      .map((message) => ({
        id: message.id,
        reference: message.reference ?? null,
        email_address: message.type === 'email' ? message.to : null,
        phone_number: message.type === 'sms' ? message.to : null,
        line_1: null,
        line_2: null,
        line_3: null,
        line_4: null,
        line_5: null,
        line_6: null,
        postcode: null,
        type: message.type,
        status: message.status,
        template: { id: message.templateId, version: 1, uri: `${url}/v2/template/${message.templateId}/version/1` },
        body: message.body,
        subject: message.subject ?? null,
        created_at: message.createdAt,
        created_by_name: null,
        scheduled_for: null,
        one_click_unsubscribe_url: null,
        is_cost_data_ready: false,
      }));
    const response = { notifications: matching, links: { current: `${url}/v2/notifications?${query}` } };
    checkResponse('200', list.envelope, { ...response, notifications: [] });
    for (const message of matching) checkResponse(`200 (${message.type})`, list.message.get(message.type), message);
    answer(res, 200, response);
    return 200;
  };

  const server = await listenOnLoopback((req, res, requestBody) => {
    const address = new URL(req.url ?? '/', 'http://fake-notify');
    const route = `${req.method} ${address.pathname}`;
    const record = (status: number | 'hung') =>
      requests.push({ method: req.method ?? '', path: address.pathname, status });
    const kind: 'send' | 'check' | undefined =
      route === 'POST /v2/notifications/email' || route === 'POST /v2/notifications/sms'
        ? 'send'
        : route === 'GET /v2/notifications'
          ? 'check'
          : undefined;
    if (!kind) {
      violations.push(`${route} is not a request this fake (or these deliverers) should make`);
      answer(res, 404, errorBody(404, [{ error: 'BadRequestError', message: 'Not found' }]));
      record(404);
      return;
    }
    const refused = authError(req);
    if (refused) {
      answer(res, refused.status, errorBody(refused.status, refused.errors));
      record(refused.status);
      return;
    }
    let body: Json = {};
    if (kind === 'send') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        violations.push(`${route} was sent as ${req.headers['content-type']}, not application/json`);
      }
      try {
        body = JSON.parse(requestBody.toString('utf8'));
      } catch {
        violations.push(`${route} sent a body that is not JSON`);
        answer(res, 400, errorBody(400, [{ error: 'ValidationError', message: 'Invalid JSON supplied in POST data' }]));
        record(400);
        return;
      }
    }
    const send = (status: number, sent: Json, headers: Json) => answer(res, status, sent, headers);
    if (answerAsScripted(scripted(kind), server, res, send, record)) return;
    const status =
      kind === 'check'
        ? handleList(res, address.searchParams)
        : handleSend(res, address.pathname.endsWith('/email') ? 'email' : 'sms', body);
    record(status);
  });
  url = server.url;

  const defaults: Record<number, NotifyErrorItem> = {
    400: { error: 'BadRequestError', message: 'Bad request' },
    403: { error: 'AuthError', message: 'Invalid token: API key not found' },
    429: { error: 'RateLimitError', message: 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds' },
    500: { error: 'Exception', message: 'Internal server error' },
  };

  return {
    url,
    apiKey: `exampleshire_test-${serviceId}-${secret}`,
    wrongApiKey: `exampleshire_test-${serviceId}-${randomUUID()}`,
    sent,
    requests,
    violations,
    failNext(status, errors, { on = 'send', times = 1, headers = {} } = {}) {
      const items = errors ?? [defaults[status] ?? { error: 'Exception', message: `Status ${status}` }];
      for (let i = 0; i < times; i++) script.push({ on, answer: { status, body: errorBody(status, items), headers } });
    },
    hangNext({ on = 'send', times = 1 } = {}) {
      for (let i = 0; i < times; i++) script.push({ on, answer: 'hang' });
    },
    get abandoned() {
      return server.abandoned;
    },
    hanging: () => server.hanging(),
    stop: () => server.stop(),
  };
}
