import { z } from 'zod';

/** A payload shaped like the sync state: a few fields and a large record of entries. */
export const testPayloadSchema = z.object({
  counter: z.number().int(),
  board: z.object({ id: z.string() }).nullable(),
  cards: z.record(z.string(), z.object({ cardId: z.string(), title: z.string(), desc: z.string() })),
});

export type TestPayload = z.infer<typeof testPayloadSchema>;

/**
 * The payload after `counter` saves, where save n touched entry n % entries:
 * consecutive payloads differ in one entry, and any payload is checkable from its counter alone.
 */
export function payloadWith(counter: number, entries: number, descLength = 100): TestPayload {
  const cards: TestPayload['cards'] = {};
  for (let i = 0; i < entries; i++) {
    const version = counter >= i ? counter - ((counter - i) % entries) : 0;
    cards[`item-${i}`] = {
      cardId: `${i}`.padStart(24, '0'),
      title: `Item ${i} v${version}`,
      desc: 'd'.repeat(descLength),
    };
  }
  return { counter, board: { id: 'b'.repeat(24) }, cards };
}
