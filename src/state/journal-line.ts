/** The shape of a journal line as read back: only a run that finds a journal (after a crash) loads this. */
import { z } from 'zod';
import type { JournalLine } from './journal.ts';

const pathSchema = z.union([z.tuple([]), z.tuple([z.string()]), z.tuple([z.string(), z.string()])]);
const opSchema = z.union([z.object({ set: pathSchema, value: z.unknown() }), z.object({ del: pathSchema })]);

export const journalLineSchema: z.ZodType<JournalLine> = z.object({
  serial: z.number().int().positive(),
  lineage: z.string(),
  savedAt: z.string(),
  ops: z.array(opSchema),
});
