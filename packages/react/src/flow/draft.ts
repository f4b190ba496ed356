'use client';

import { useEffect, useRef } from 'react';

/** What a draft keeps: where the resident was and what they had answered. */
export interface Draft {
  position: string;
  answers: Record<string, unknown>;
  reference?: string | undefined;
}

function storageKey(transactionId: string): string {
  return `lgds:${transactionId}:draft`;
}

function read(transactionId: string): Draft | undefined {
  try {
    const text = window.sessionStorage.getItem(storageKey(transactionId));
    const draft = text ? (JSON.parse(text) as Draft) : undefined;
    return draft && typeof draft.position === 'string' && typeof draft.answers === 'object' ? draft : undefined;
  } catch {
    return undefined; // storage blocked, or a draft from another version: start afresh
  }
}

/**
 * Keeps a draft in `sessionStorage` when the council turns it on (`persist="session"`): it survives a reload
 * and is gone when the tab closes. Nothing is ever written to `localStorage`. The draft is read after the first
 * render, so server and browser render the same first page.
 */
export function useSessionDraft(
  enabled: boolean,
  transactionId: string,
  draft: Draft,
  restore: (draft: Draft) => void,
  finished: boolean,
): void {
  const restored = useRef(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  useEffect(() => {
    if (!enabled || restored.current) return;
    restored.current = true;
    const saved = read(transactionId);
    if (saved) restoreRef.current(saved);
  }, [enabled, transactionId]);

  useEffect(() => {
    if (!enabled || !restored.current) return;
    try {
      if (finished) window.sessionStorage.removeItem(storageKey(transactionId));
      else window.sessionStorage.setItem(storageKey(transactionId), JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the journey still works, it just will not survive a reload.
    }
  }, [enabled, transactionId, draft, finished]);
}
