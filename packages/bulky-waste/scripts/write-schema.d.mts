import type { AnyTransaction } from '@lgds/core';

/** The JSON Schema (2020-12) of the transaction's payload under any council's rules (see write-schema.mjs). */
export function payloadSchemaDocument(transaction: AnyTransaction): Record<string, unknown>;
