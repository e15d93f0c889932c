// A new, empty workspace from the few answers the start form asks for, checked by @nttp/domain.
import { idFrom } from '../workspace/ids';
import { CURRENT_SCHEMA_VERSION, safeParseWorkspace, type DomainIssue, type PathfinderWorkspace, type SERVICE_KINDS } from '@nttp/domain';

export interface BlankWorkspaceAnswers {
  name: string;
  area: string;
  startDate: string;
  serviceName: string;
  serviceKind: string;
}

export const SERVICE_KIND_LABELS: Record<(typeof SERVICE_KINDS)[number], string> = {
  'nhs-addictions-service': 'NHS addictions service',
  'alcohol-and-drug-partnership': 'Alcohol and drug partnership',
  'third-sector-service': 'Third sector service',
  'recovery-community': 'Recovery community',
  'residential-rehabilitation': 'Residential rehabilitation',
  other: 'Another kind of service',
};

/** Which form field each part of the document comes from, so a refusal points at the right box. */
export const FIELD_FOR_PATH: Record<string, keyof BlankWorkspaceAnswers> = {
  'pathfinder.name': 'name',
  'pathfinder.area': 'area',
  'pathfinder.startDate': 'startDate',
  'services[0].name': 'serviceName',
  'services[0].kind': 'serviceKind',
};

export type BlankResult = { ok: true; workspace: PathfinderWorkspace } | { ok: false; issues: { field: keyof BlankWorkspaceAnswers; message: string }[] };

export function blankWorkspace(answers: BlankWorkspaceAnswers): BlankResult {
  const pathfinderId = 'pathfinder';
  const serviceId = idFrom(answers.serviceName, 'service-1');
  const parsed = safeParseWorkspace({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    pathfinder: { id: pathfinderId, name: answers.name, area: answers.area, startDate: answers.startDate, currentPhase: 'understand', serviceIds: [serviceId] },
    services: [{ id: serviceId, pathfinderId, name: answers.serviceName, kind: answers.serviceKind }],
  });
  if (parsed.ok) return { ok: true, workspace: parsed.value };
  return { ok: false, issues: parsed.error.issues.map((issue: DomainIssue) => ({ field: FIELD_FOR_PATH[issue.where] ?? 'name', message: messageFor(FIELD_FOR_PATH[issue.where], issue.message) })) };
}

/** The form's own words for its fields; the schema's words for anything else. */
function messageFor(field: keyof BlankWorkspaceAnswers | undefined, fallback: string): string {
  switch (field) {
    case 'name':
      return 'Enter the pathfinder’s name, such as “Glenmoray substance use pathfinder”.';
    case 'area':
      return 'Enter the area, such as a health and social care partnership.';
    case 'startDate':
      return 'Enter the start date as a real date, such as 2025-04-01.';
    case 'serviceName':
      return 'Enter the name of the first service taking part.';
    case 'serviceKind':
      return 'Choose the kind of service.';
    default:
      return fallback;
  }
}
