// The cookie banner's form posts here: keeps the resident's choice in `cookies_policy` for a year, then sends them
// back (303) to the page they were on, which shows the confirmation. It works without JavaScript.
import { NextResponse } from 'next/server';
import { oneYearInSeconds, policyCookie, safeReturnPath, withConfirmation } from '../../lib/cookies';
import { servedOverHttps } from '../../lib/environment';

export async function POST(request: Request): Promise<Response> {
  // Another site's page may not choose for the resident (their browser says where a post came from).
  if (request.headers.get('sec-fetch-site') === 'cross-site') return text('Forbidden', 403);
  if (Number(request.headers.get('content-length') ?? 0) > 2048) return text('Payload Too Large', 413);
  const form = await request.formData().catch(() => undefined);
  const choice = form?.get('cookies');
  if (choice !== 'accept' && choice !== 'reject') return text('Bad Request: choose accept or reject', 400);
  const analytics = choice === 'accept';
  // Exampleshire's site has no analytics. A council that has some turns them on here, for a resident who accepted,
  // and off for one who rejected (deleting any analytics cookies already set); its pages load the analytics script
  // only when `cookies_policy` says {"analytics":true}. Nothing non-essential is set before the resident accepts.
  const response = new NextResponse(null, {
    status: 303,
    headers: {
      Location: withConfirmation(safeReturnPath(form?.get('returnTo')), analytics),
      'Cache-Control': 'no-store',
    },
  });
  response.cookies.set({
    name: policyCookie,
    value: JSON.stringify({ analytics }),
    path: '/',
    maxAge: oneYearInSeconds,
    sameSite: 'lax',
    secure: servedOverHttps(),
    // Not HttpOnly: a council's analytics script reads the choice in the browser, as GOV.UK's does.
    httpOnly: false,
  });
  return response;
}

function text(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
