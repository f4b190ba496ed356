import { z } from 'zod';
import { accountChanges, directions, nextResponsible } from './choices';
import type { MovingHomeDerived } from './journey';

// With the rules schema, on the server: a browser page works these facts out but never checks them, so is not sent
// zod. Only transaction.ts imports this.

const isoDate = z.iso.date();

/** The facts a moving home payload carries besides the answers: the back office's view of what to do. */
export const movingHomeDerivedSchema = z.strictObject({
  direction: z.enum(directions).describe('Into, out of or within the council’s area.'),
  accountChange: z
    .enum(accountChanges)
    .describe(
      '"open": a new account for someone moving in; "close": the account of someone who has left the area; ' +
        '"update": someone moving within the area, or leaving it but still responsible for an empty home they own.',
    ),
  moveOutDate: isoDate.nullable().describe('The day the resident leaves an address in the area; null when moving in.'),
  moveInDate: isoDate
    .nullable()
    .describe('The day the resident arrives at an address in the area; null when moving out.'),
  responsible: z
    .strictObject({
      at: z
        .enum(['old-home', 'new-home'])
        .describe('The home the names are for: the new one, or when moving out the old one.'),
      names: z.array(z.string()).describe('Everyone responsible for council tax there, one name each, as typed.'),
    })
    .describe('Who is responsible for council tax.'),
  oldHome: z
    .strictObject({
      tenure: z.enum(['owner', 'tenant']).describe('Whether the resident owned or rented the home they are leaving.'),
      nextResponsible: z
        .enum(nextResponsible)
        .describe(
          'Who is responsible for it next: the buyer, the tenants the resident is letting it to, the resident as ' +
            'owner of an empty home, or the landlord once the resident’s tenancy ends.',
        ),
      from: isoDate.describe(
        'From when: the sale’s completion, the new tenancy’s start, the moving-out date, or the tenancy’s end.',
      ),
    })
    .nullable()
    .describe('What becomes of the home being left in the area; null when moving in.'),
}) satisfies z.ZodType<MovingHomeDerived>;
