/**
 * A saved plan (`report-sync plan --out`): the plan, and the state it was
 * made from (serial and lineage), so that `apply` can refuse a plan the state
 * has moved on from. Holds card texts and board ids, never a credential.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { StateError, UsageError } from '../errors.ts';
import { replaceFile } from '../state/durable-write.ts';
import { ACTION_PHASES } from '../plan/index.ts';
import { isInstallId } from '../plan/install.ts';
import type { ActionType, SyncPlan } from '../plan/types.ts';

/**
 * 2: structured warnings, a `forget` action, updates naming their fields. 3: done, due dates,
 * check-item states, unresolved owners. 4: the install it writes as, other installs' cards.
 */
const PLAN_FILE_VERSION = 4;

const ACTION_TYPES = Object.keys(ACTION_PHASES) as [ActionType, ...ActionType[]];

const warningSchema = z.object({
  code: z.string(),
  report: z.string().optional(),
  line: z.number().int().optional(),
  message: z.string(),
  fix: z.string().optional(),
});

const planFileSchema = z.object({
  planFileVersion: z.literal(PLAN_FILE_VERSION),
  madeFrom: z.object({ stateFile: z.string(), serial: z.number().int(), lineage: z.string().nullable() }),
  plan: z.looseObject({
    board: z.object({ ref: z.string(), id: z.string(), name: z.string(), url: z.string() }),
    install: z.string().refine(isInstallId, 'not an install id'),
    settingsHash: z.string(),
    checklistName: z.string(),
    actions: z.array(z.looseObject({ type: z.enum(ACTION_TYPES), why: z.string() })),
    reports: z.array(z.looseObject({ id: z.string(), record: z.looseObject({ hash: z.string() }) })),
    forgetReports: z.array(z.string()),
    unchanged: z.number().int(),
    warnings: z.array(warningSchema),
    unresolvedOwners: z.array(z.string()),
    foreign: z.array(
      z.object({
        install: z.string(),
        cards: z.number().int(),
        lastActivity: z.string(),
        adopted: z.boolean(),
      }),
    ),
    plannedAt: z.string(),
  }),
});

export interface PlanFile {
  madeFrom: { stateFile: string; serial: number; lineage: string | null };
  plan: SyncPlan;
}

export async function writePlanFile(path: string, file: PlanFile): Promise<void> {
  await replaceFile(path, `${JSON.stringify({ planFileVersion: PLAN_FILE_VERSION, ...file }, null, 2)}\n`, {
    mode: 0o600,
  });
}

export async function readPlanFile(path: string): Promise<PlanFile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      `cannot read the plan file ${path} (${error.code ?? error.message}). Fix: make one with \`report-sync plan --out ${path}\`.`,
    );
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(
      `${path} is not a plan file (not JSON). Fix: make one with \`report-sync plan --out ${path}\`.`,
    );
  }
  const parsed = planFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${path} is not a plan file this report-sync can apply (${issue?.path.join('.') || 'top level'}: ${issue?.message}). Fix: make a new one with \`report-sync plan --out ${path}\`.`,
    );
  }
  return { madeFrom: parsed.data.madeFrom, plan: parsed.data.plan as unknown as SyncPlan };
}

/** A plan applies only to the state it was made from: same file lineage, no save since. */
export function assertPlanCurrent(
  file: PlanFile,
  state: { serial: number; lineage: string | null; isNew: boolean },
  planPath: string,
): void {
  const { serial, lineage } = file.madeFrom;
  const sameLineage = lineage === null ? state.isNew : lineage === state.lineage;
  if (!sameLineage || serial !== state.serial) {
    const now = state.isNew ? 'no state file' : `serial ${state.serial} of lineage ${state.lineage}`;
    throw new StateError(
      `the plan in ${planPath} was made from state serial ${serial} of lineage ${lineage ?? '(new file)'}, but the state is now ${now}: it may undo or repeat what happened since. Fix: make a new plan with \`report-sync plan --out ${planPath}\` and apply that.`,
    );
  }
}
