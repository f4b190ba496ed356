// app/services/[...path]/route.ts
import { service } from '../../../lib/service';

export const GET = service;
export const POST = service;
