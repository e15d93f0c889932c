import { z } from 'zod/v4';
import { PathfinderSchema, ServiceSchema } from './pathfinder';
import { LensEventSchema } from './lens-event';
import { TipigSchema } from './tipig';
import { AssessmentRoundSchema, ResponseSchema } from './assessment';
import {
  ImplementationPlanSchema,
  PartnerCollaborationSchema,
  PolicyReviewSchema,
  TrainingPlanSchema,
  WellbeingPlanSchema,
} from './plans';
import { TheoryOfChangeSchema } from './theory-of-change';
import { checkReference, duplicateIds } from './checks';
import { FamiliarisationSchema, LanguageCheckDraftSchema } from './familiarisation';

/** The version written by this release. `migrate()` upgrades every older version to it. */
export const CURRENT_SCHEMA_VERSION = 3;

const WorkspaceShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, {
    error: `This workspace needs "schemaVersion": ${CURRENT_SCHEMA_VERSION}. Older documents can be upgraded with migrate().`,
  }),
  pathfinder: PathfinderSchema,
  services: z.array(ServiceSchema).min(1, { error: 'A workspace needs at least one service.' }),
  /** Phase 1: notes from the familiarisation conversations. */
  familiarisation: FamiliarisationSchema.default({ notes: [] }),
  lensEvents: z.array(LensEventSchema).default([]),
  tipigs: z.array(TipigSchema).default([]),
  assessmentRounds: z.array(AssessmentRoundSchema).default([]),
  responses: z.array(ResponseSchema).default([]),
  trainingPlans: z.array(TrainingPlanSchema).default([]),
  theoriesOfChange: z.array(TheoryOfChangeSchema).default([]),
  implementationPlans: z.array(ImplementationPlanSchema).default([]),
  wellbeingPlans: z.array(WellbeingPlanSchema).default([]),
  policyReviews: z.array(PolicyReviewSchema).default([]),
  partnerCollaborations: z.array(PartnerCollaborationSchema).default([]),
  /** Text on the language check page, kept until the person clears it. */
  languageCheck: LanguageCheckDraftSchema.optional(),
});

type Shape = z.infer<typeof WorkspaceShape>;

/** Checks the references that cross from one part of the workspace to another. */
function checkCrossReferences(ws: Shape, ctx: z.RefinementCtx): void {
  const pathfinderId = new Set([ws.pathfinder.id]);
  const serviceIds = new Set(ws.services.map((s) => s.id));
  const roundIds = new Set(ws.assessmentRounds.map((r) => r.id));
  const tocNodeIds = new Set(ws.theoriesOfChange.flatMap((t) => t.nodes.map((n) => n.id)));
  const responseRespondents = new Set(ws.responses.map((r) => r.respondentId));

  for (const key of ['services', 'lensEvents', 'tipigs', 'assessmentRounds', 'responses', 'trainingPlans', 'theoriesOfChange', 'implementationPlans', 'wellbeingPlans', 'policyReviews', 'partnerCollaborations'] as const) {
    duplicateIds(ctx, ws[key], [key]);
  }
  duplicateIds(ctx, ws.familiarisation.notes, ['familiarisation', 'notes']);

  ws.pathfinder.serviceIds.forEach((id, i) =>
    checkReference(ctx, serviceIds, id, ['pathfinder', 'serviceIds', i], `The pathfinder lists service "${id}", which is not in "services". Add the service or correct the id.`),
  );
  const belongsHere = (list: readonly { pathfinderId: string }[], key: string) =>
    list.forEach((item, i) =>
      checkReference(ctx, pathfinderId, item.pathfinderId, [key, i, 'pathfinderId'], `This belongs to pathfinder "${item.pathfinderId}", but the workspace is for "${ws.pathfinder.id}". Use "${ws.pathfinder.id}".`),
    );
  belongsHere(ws.services, 'services');
  belongsHere(ws.lensEvents, 'lensEvents');
  belongsHere(ws.tipigs, 'tipigs');
  belongsHere(ws.assessmentRounds, 'assessmentRounds');
  belongsHere(ws.trainingPlans, 'trainingPlans');
  belongsHere(ws.implementationPlans, 'implementationPlans');
  belongsHere(ws.policyReviews, 'policyReviews');
  belongsHere(ws.partnerCollaborations, 'partnerCollaborations');

  const missingService = (id: string) => `There is no service "${id}" in "services". Add the service or correct the id.`;
  ws.lensEvents.forEach((event, e) =>
    event.journeyMaps.forEach((map, m) =>
      checkReference(ctx, serviceIds, map.serviceId, ['lensEvents', e, 'journeyMaps', m, 'serviceId'], missingService(map.serviceId)),
    ),
  );
  ws.tipigs.forEach((tipig, t) =>
    tipig.members.forEach((member, m) => {
      if (member.serviceId)
        checkReference(ctx, serviceIds, member.serviceId, ['tipigs', t, 'members', m, 'serviceId'], missingService(member.serviceId));
    }),
  );
  ws.assessmentRounds.forEach((round, r) => {
    if (round.serviceId) checkReference(ctx, serviceIds, round.serviceId, ['assessmentRounds', r, 'serviceId'], missingService(round.serviceId));
  });
  ws.responses.forEach((response, r) =>
    checkReference(ctx, roundIds, response.roundId, ['responses', r, 'roundId'], `This response belongs to round "${response.roundId}", which is not in "assessmentRounds". Add the round or correct the id.`),
  );
  ws.trainingPlans.forEach((plan, p) => {
    if (plan.roundId) checkReference(ctx, roundIds, plan.roundId, ['trainingPlans', p, 'roundId'], `This plan is drawn from round "${plan.roundId}", which is not in "assessmentRounds". Add the round or correct the id.`);
    plan.cohorts.forEach((cohort, c) =>
      cohort.respondentIds.forEach((id, i) =>
        checkReference(ctx, responseRespondents, id, ['trainingPlans', p, 'cohorts', c, 'respondentIds', i], `No response comes from respondent "${id}". Check the id against the training needs analysis.`),
      ),
    );
  });
  ws.theoriesOfChange.forEach((toc, t) => {
    const nodeIds = new Set(toc.nodes.map((n) => n.id));
    toc.links.forEach((link, l) => {
      for (const end of ['from', 'to'] as const)
        checkReference(ctx, nodeIds, link[end], ['theoriesOfChange', t, 'links', l, end], `This link ${end === 'from' ? 'starts at' : 'goes to'} "${link[end]}", which is not a node in this Theory of Change. Add the node or correct the id.`);
    });
  });
  ws.implementationPlans.forEach((plan, p) =>
    plan.activities.forEach((activity, a) =>
      activity.tocNodeIds.forEach((id, i) =>
        checkReference(ctx, tocNodeIds, id, ['implementationPlans', p, 'activities', a, 'tocNodeIds', i], `This activity links to Theory of Change node "${id}", which is not in the workspace. Add the node to the Theory of Change, or remove the link.`),
      ),
    ),
  );
}

/** One document holding a pathfinder's whole state, versioned with `schemaVersion`. */
export const PathfinderWorkspaceSchema = WorkspaceShape.superRefine(checkCrossReferences);
export type PathfinderWorkspace = z.infer<typeof PathfinderWorkspaceSchema>;
/** The workspace as written in a file, before defaults are filled in. */
export type PathfinderWorkspaceInput = z.input<typeof PathfinderWorkspaceSchema>;
