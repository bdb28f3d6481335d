/**
 * Which install of report-sync wrote a card: a short id carried in every card
 * marker (marker.ts), so that two installs syncing one board (a laptop and a
 * container, each with its own state file) tell their cards apart instead of
 * taking each other's writes for a person's edits.
 *
 * The id is derived from where the install keeps its state — the host and the
 * state file's absolute path — and then kept in the state. Derived, not random:
 * a state file lost and made again in the same place is the same install, and
 * gets its cards back from their markers silently, as before; another install
 * (another host, or another state file) gets another id, and its cards are
 * reported, not taken. Kept: a state file that moves (a container recreated
 * with the same volume, a new hostname) stays the install it was. Pure.
 */
import { createHash } from 'node:crypto';

export type InstallId = string & { readonly __brand: 'InstallId' };

/** 8 hex digits: two installs on one board share an id with odds of 1 in 4 billion. */
const INSTALL_ID_PATTERN = /^[0-9a-f]{8}$/;

export function isInstallId(value: string): value is InstallId {
  return INSTALL_ID_PATTERN.test(value);
}

/** The id of an install whose state lives at `where` (host and absolute state file path). */
export function installIdFrom(where: { host: string; stateFile: string }): InstallId {
  const seed = `report-sync install\n${where.host}\n${where.stateFile}`;
  return createHash('sha256').update(seed).digest('hex').slice(0, 8) as InstallId;
}
