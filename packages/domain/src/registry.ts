import type { z } from 'zod/v4';
import { NesLevelSchema, PhaseSchema, PrincipleSchema, ThemeSchema } from './schemas/reference';
import { PathfinderSchema, ServiceSchema } from './schemas/pathfinder';
import { JourneyMapSchema, LensEventSchema, VignetteSchema } from './schemas/lens-event';
import { TipigSchema } from './schemas/tipig';
import { FamiliarisationSchema } from './schemas/familiarisation';
import { AssessmentRoundSchema, ResponseSchema } from './schemas/assessment';
import {
  ImplementationPlanSchema,
  PartnerCollaborationSchema,
  PolicyReviewSchema,
  TrainingPlanSchema,
  WellbeingPlanSchema,
} from './schemas/plans';
import { TheoryOfChangeSchema } from './schemas/theory-of-change';
import { PathfinderWorkspaceSchema } from './schemas/workspace';

/** Every named document schema, by the name used in `toJsonSchema(name)` and `parseDocument(name, …)`. */
export const SCHEMAS = {
  Principle: PrincipleSchema,
  Theme: ThemeSchema,
  NesLevel: NesLevelSchema,
  Phase: PhaseSchema,
  Pathfinder: PathfinderSchema,
  Service: ServiceSchema,
  JourneyMap: JourneyMapSchema,
  Vignette: VignetteSchema,
  LensEvent: LensEventSchema,
  Familiarisation: FamiliarisationSchema,
  Tipig: TipigSchema,
  AssessmentRound: AssessmentRoundSchema,
  Response: ResponseSchema,
  TrainingPlan: TrainingPlanSchema,
  ImplementationPlan: ImplementationPlanSchema,
  WellbeingPlan: WellbeingPlanSchema,
  PolicyReview: PolicyReviewSchema,
  PartnerCollaboration: PartnerCollaborationSchema,
  TheoryOfChange: TheoryOfChangeSchema,
  PathfinderWorkspace: PathfinderWorkspaceSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export type DocumentOf<N extends SchemaName> = z.output<(typeof SCHEMAS)[N]>;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];
