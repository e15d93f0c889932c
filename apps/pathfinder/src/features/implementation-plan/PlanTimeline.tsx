// The plan's activities twice over: a timeline across the three years, and a table of the same data.
// The bars are drawing only; every date, owner and status is also in words.
import type { CSSProperties } from 'react';
import type { ImplementationPlan, PathfinderWorkspace, PlanActivity } from '@nttp/domain';
import { Button, Tabs, Text } from '@nttp/ui';
import { RemoveButton } from '../understanding/RemoveButton';
import { WORK_STATUS_TEXT, readableDate } from '../understanding/kit';
import { tocActivities } from '../theory-of-change/toc-edits';
import { barPosition, planEnd, timelineOrder } from './plan-edits';
import { TableFrame } from '../../app/TableFrame';

interface PlanTimelineProps {
  plan: ImplementationPlan;
  workspace: PathfinderWorkspace;
  onChange: (activity: PlanActivity) => void;
  onRemove: (activity: PlanActivity) => void;
}

export function PlanTimeline(props: PlanTimelineProps) {
  if (props.plan.activities.length === 0) return <Text>There are no activities in the plan yet. Add the first one below.</Text>;
  return (
    <Tabs
      label="Ways to see the plan"
      items={[
        { id: 'timeline', label: 'Timeline', content: <Timeline {...props} /> },
        { id: 'table', label: 'Table', content: <ActivityTable {...props} /> },
      ]}
    />
  );
}

function tocLabels(workspace: PathfinderWorkspace, ids: readonly string[]): string {
  const all = tocActivities(workspace);
  return ids.map((id) => all.find((a) => a.id === id)?.label ?? id).join('; ');
}

function Actions({ activity, onChange, onRemove }: { activity: PlanActivity } & Pick<PlanTimelineProps, 'onChange' | 'onRemove'>) {
  return (
    <span className="plan-actions">
      <Button variant="quiet" onClick={() => onChange(activity)}>
        Change{' '}<span className="nttp-visually-hidden">‘{activity.title}’</span>
      </Button>
      <RemoveButton what={`the activity ‘${activity.title}’`} focusAfter="plan-activities-heading" onConfirm={() => onRemove(activity)} />
    </span>
  );
}

function Timeline({ plan, workspace, onChange, onRemove }: PlanTimelineProps) {
  const years = [1, 2, 3] as const;
  return (
    <div className="plan-timeline">
      <div className="plan-timeline__scale" aria-hidden="true">
        {years.map((y) => (
          <span key={y}>Year {y}</span>
        ))}
      </div>
      {years.map((year) => {
        const activities = timelineOrder(plan.activities.filter((a) => a.year === year));
        return (
          <section key={year} aria-labelledby={`plan-year-${year}`} className="plan-timeline__year">
            <h3 id={`plan-year-${year}`} className="plan-timeline__year-title">
              Year {year}
              {plan.years[year - 1] ? <span className="plan-timeline__focus">: {plan.years[year - 1]!.focus}</span> : null}
            </h3>
            {activities.length === 0 ? (
              <Text tone="secondary">Nothing planned for this year yet.</Text>
            ) : (
              <ul className="plan-timeline__rows">
                {activities.map((activity) => {
                  const { left, width } = barPosition(plan.startDate, activity);
                  const linked = tocLabels(workspace, activity.tocNodeIds);
                  return (
                    <li key={activity.id} className="plan-timeline__row" data-status={activity.status}>
                      <div className="plan-timeline__text">
                        <strong>{activity.title}</strong>
                        <span>
                          {readableDate(activity.start)} to {readableDate(activity.due)} · {activity.owner} · {WORK_STATUS_TEXT[activity.status]}
                        </span>
                        {linked ? <span className="plan-timeline__toc">Serves: {linked}</span> : null}
                      </div>
                      <div className="plan-timeline__track" aria-hidden="true">
                        <div className="plan-timeline__bar" style={{ '--plan-left': `${left}%`, '--plan-width': `${width}%` } as CSSProperties} />
                      </div>
                      <Actions activity={activity} onChange={onChange} onRemove={onRemove} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      <Text tone="secondary" size="s">
        The plan runs from {readableDate(plan.startDate)} to {readableDate(planEnd(plan.startDate))}.
      </Text>
    </div>
  );
}

function ActivityTable({ plan, workspace, onChange, onRemove }: PlanTimelineProps) {
  return (
    <TableFrame label="The plan’s activities as a table">
      <table className="plan-table">
        <caption>The plan’s activities, by year and start date</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col">Year</th>
            <th scope="col">Who</th>
            <th scope="col">Start</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Theory of Change activities</th>
            <th scope="col">
              <span className="nttp-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {timelineOrder(plan.activities).map((activity) => (
            <tr key={activity.id}>
              <th scope="row">{activity.title}</th>
              <td>{activity.year}</td>
              <td>{activity.owner}</td>
              <td>{readableDate(activity.start)}</td>
              <td>{readableDate(activity.due)}</td>
              <td>{WORK_STATUS_TEXT[activity.status]}</td>
              <td>{tocLabels(workspace, activity.tocNodeIds) || 'None yet'}</td>
              <td>
                <Actions activity={activity} onChange={onChange} onRemove={onRemove} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
