import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './signature';

const secret = 'a-back-office-secret-of-at-least-32-characters';
const body = JSON.stringify({ reference: 'GW-7K3M-9QPX', answers: { name: 'Siân Llŷr' } });
const at = new Date('2030-03-01T10:00:00.000Z');

describe('webhook signatures, as a council’s back office checks them', () => {
  it('follow the documented scheme, so a back office in any language can check them', async () => {
    // What the README tells a back office to do: HMAC-SHA256 of "<t>.<raw body>", compared with v1, in hex.
    const header = await signWebhook(secret, body, at);
    const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
    expect(t).toBe('1898589600');
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex'));
  });

  it('are accepted when the body is exactly what was signed, within five minutes', async () => {
    const header = await signWebhook(secret, body, at);
    const later = new Date(at.getTime() + 299_000);
    expect(await verifyWebhook({ secret, body, header, now: later })).toEqual({ ok: true, signedAt: at });
  });

  it('are refused when the body was changed, the secret is wrong, or the header is missing or garbled', async () => {
    const header = await signWebhook(secret, body, at);
    const now = at;
    expect(await verifyWebhook({ secret, body: body.replace('Siân', 'Sian'), header, now })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(await verifyWebhook({ secret: `${secret}!`, body, header, now })).toMatchObject({ reason: 'mismatch' });
    expect(await verifyWebhook({ secret, body, header: undefined, now })).toMatchObject({ reason: 'missing' });
    expect(await verifyWebhook({ secret, body, header: 'v1=abc', now })).toMatchObject({ reason: 'malformed' });
    expect(await verifyWebhook({ secret, body, header: 't=1898589600', now })).toMatchObject({ reason: 'malformed' });
  });

  it('are refused when replayed more than five minutes later', async () => {
    const header = await signWebhook(secret, body, at);
    const replayed = new Date(at.getTime() + 301_000);
    expect(await verifyWebhook({ secret, body, header, now: replayed })).toEqual({ ok: false, reason: 'too-old' });
  });

  it('carry one signature per secret while the secret is being changed, and either passes', async () => {
    const next = 'the-new-back-office-secret-of-32-characters-or-more';
    const header = await signWebhook([next, secret], body, at);
    expect(header.split(',')).toHaveLength(3);
    expect(await verifyWebhook({ secret, body, header, now: at })).toMatchObject({ ok: true });
    expect(await verifyWebhook({ secret: next, body, header, now: at })).toMatchObject({ ok: true });
  });
});
