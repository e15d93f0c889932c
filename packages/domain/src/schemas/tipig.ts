import { z } from 'zod/v4';
import { IdSchema, IsoDateSchema, LabelSchema, TextSchema } from './primitives';
import { checkDateOrder, checkReference, duplicateIds } from './checks';

export const WORK_STATUSES = ['not-started', 'in-progress', 'done', 'paused', 'stopped'] as const;
export const WorkStatusSchema = z.enum(WORK_STATUSES, {
  error: () => `Use one of these statuses: ${WORK_STATUSES.join(', ')}.`,
});
export type WorkStatus = z.infer<typeof WorkStatusSchema>;

export const TipigMemberSchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema,
    role: LabelSchema,
    serviceId: IdSchema.optional(),
    joinedOn: IsoDateSchema,
    leftOn: IsoDateSchema.optional(),
  })
  .superRefine((m, ctx) => checkDateOrder(ctx, m.joinedOn, m.leftOn, ['leftOn'], 'The leaving date is before the joining date: check both dates.'));
export type TipigMember = z.infer<typeof TipigMemberSchema>;

export const TipigMeetingSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  attendeeIds: z.array(IdSchema),
  /** Pathfinder lead and evaluation specialist can attend as supporters. */
  supporters: z.array(LabelSchema).default([]),
  notes: TextSchema.optional(),
  decisions: z.array(TextSchema).default([]),
  actions: z
    .array(
      z.strictObject({
        id: IdSchema,
        description: TextSchema,
        ownerId: IdSchema,
        due: IsoDateSchema,
        status: WorkStatusSchema,
      }),
    )
    .default([]),
});
export type TipigMeeting = z.infer<typeof TipigMeetingSchema>;

/** The Trauma-informed Practice Implementation Group: staff who carry the learning forward. */
export const TipigSchema = z
  .strictObject({
    id: IdSchema,
    pathfinderId: IdSchema,
    name: LabelSchema,
    charter: z.strictObject({
      purpose: TextSchema,
      role: TextSchema,
      waysOfWorking: z.array(TextSchema).min(1, { error: 'Add at least one way of working to the charter.' }),
      agreedOn: IsoDateSchema,
      reviewOn: IsoDateSchema.optional(),
    }),
    members: z.array(TipigMemberSchema).min(1, { error: 'A TIPIG needs at least one member.' }),
    meetings: z.array(TipigMeetingSchema).default([]),
  })
  .superRefine((tipig, ctx) => {
    duplicateIds(ctx, tipig.members, ['members'], 'another member');
    duplicateIds(ctx, tipig.meetings, ['meetings'], 'another meeting');
    checkDateOrder(ctx, tipig.charter.agreedOn, tipig.charter.reviewOn, ['charter', 'reviewOn'], 'The review date is before the date the charter was agreed: check both dates.');
    const memberIds = new Set(tipig.members.map((m) => m.id));
    tipig.meetings.forEach((meeting, m) => {
      meeting.attendeeIds.forEach((id, a) =>
        checkReference(ctx, memberIds, id, ['meetings', m, 'attendeeIds', a], `"${id}" is not a member of this group. Add them to the members list or correct the id.`),
      );
      meeting.actions.forEach((action, a) =>
        checkReference(ctx, memberIds, action.ownerId, ['meetings', m, 'actions', a, 'ownerId'], `"${action.ownerId}" is not a member of this group. Choose a member as the owner.`),
      );
    });
  });
export type Tipig = z.infer<typeof TipigSchema>;
