// Every page of every service under /services (each service's questions, check answers, confirmation, and the
// stylesheet at /services/assets), served by @lgds/server: whole GOV.UK pages that work without JavaScript.
import { service } from '../../../lib/service';

export const GET = service;
export const POST = service;
