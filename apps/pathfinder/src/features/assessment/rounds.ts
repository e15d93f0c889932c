// Changes to the workspace's assessment rounds and responses, as pure functions for `update`.
import type { Answer, AssessmentRound, PathfinderWorkspace, Response } from '@nttp/domain';
import { instrumentForKind, type RoundKind } from './engine';

export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** An id not yet used in `taken`, from a readable stem: `baseline-2`. */
export function freshId(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'item';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A random pseudonymous respondent id: it says nothing about who answered. */
export function randomRespondentId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `p-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A respondent id from a code word the person chose, so their baseline and follow-up answers can be paired
 * without a name. The same word (in any case, with any spaces) in the same pathfinder gives the same id.
 */
export function respondentIdFromCode(pathfinderId: string, code: string): string {
  const text = `${pathfinderId}:${code.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  // Two FNV-1a hashes with different seeds: enough bits that two code words in one group do not collide.
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return `c-${fnv(2166136261)}${fnv(0x9e3779b9)}`;
}

export function roundById(ws: PathfinderWorkspace, roundId: string): AssessmentRound | undefined {
  return ws.assessmentRounds.find((r) => r.id === roundId);
}

export function responsesOf(ws: PathfinderWorkspace, roundId: string): Response[] {
  return ws.responses.filter((r) => r.roundId === roundId);
}

export function isOpen(round: AssessmentRound): boolean {
  return round.closedOn === undefined;
}

export interface NewRound {
  kind: RoundKind;
  label: string;
  openedOn: string;
  serviceId?: string;
}

export function addRound(ws: PathfinderWorkspace, round: NewRound): { workspace: PathfinderWorkspace; roundId: string } {
  const instrument = instrumentForKind(round.kind);
  const id = freshId(round.label || round.kind, ws.assessmentRounds.map((r) => r.id));
  const created: AssessmentRound = {
    id,
    pathfinderId: ws.pathfinder.id,
    ...(round.serviceId ? { serviceId: round.serviceId } : {}),
    label: round.label,
    kind: round.kind,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    openedOn: round.openedOn,
    consensusRatings: [],
  };
  return { workspace: { ...ws, assessmentRounds: [...ws.assessmentRounds, created] }, roundId: id };
}

export function setRoundClosed(ws: PathfinderWorkspace, roundId: string, closedOn: string | null): PathfinderWorkspace {
  return {
    ...ws,
    assessmentRounds: ws.assessmentRounds.map((r) => {
      if (r.id !== roundId) return r;
      const { closedOn: _old, ...rest } = r;
      return closedOn === null ? rest : { ...rest, closedOn };
    }),
  };
}

/** Records one answer of one person, creating their response on the first answer. */
export function saveAnswer(ws: PathfinderWorkspace, roundId: string, respondentId: string, itemId: string, answer: Answer, on: string, role?: string): PathfinderWorkspace {
  const id = `${roundId}-${respondentId}`;
  const existing = ws.responses.find((r) => r.id === id);
  const next: Response = existing
    ? { ...existing, submittedOn: on, answers: { ...existing.answers, [itemId]: answer } }
    : { id, roundId, respondentId, ...(role ? { role } : {}), submittedOn: on, answers: { [itemId]: answer } };
  return { ...ws, responses: existing ? ws.responses.map((r) => (r.id === id ? next : r)) : [...ws.responses, next] };
}

export function setRole(ws: PathfinderWorkspace, roundId: string, respondentId: string, role: string | undefined, on: string): PathfinderWorkspace {
  const id = `${roundId}-${respondentId}`;
  const existing = ws.responses.find((r) => r.id === id);
  const base: Response = existing ?? { id, roundId, respondentId, submittedOn: on, answers: {} };
  const { role: _old, ...rest } = base;
  const next = role ? { ...rest, role } : rest;
  return { ...ws, responses: existing ? ws.responses.map((r) => (r.id === id ? next : r)) : [...ws.responses, next] };
}

/** Adds imported responses; ids already in the round are replaced (the same person's code word). */
export function addResponses(ws: PathfinderWorkspace, responses: readonly Response[]): PathfinderWorkspace {
  const incoming = new Set(responses.map((r) => r.id));
  return { ...ws, responses: [...ws.responses.filter((r) => !incoming.has(r.id)), ...responses] };
}
