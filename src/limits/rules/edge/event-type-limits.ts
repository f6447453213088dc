/**
 * Lambda@Edge quotas that differ by event type (CloudFront quotas, "Quotas that differ by
 * event type"): viewer request/response triggers get less memory, time and code than origin
 * request/response triggers.
 */
import { describeAssociation, type EdgeAssociation } from './edge-associations';
import { fmt } from '../../engine';
import type { ResourceView } from '../../model';
import { EDGE } from '../../quotas';
import type { RuleFinding } from '../../rule';

/** True for `viewer-request` and `viewer-response`. */
export function isViewerEvent(eventType: string | undefined): boolean {
  return eventType !== undefined && (EDGE.viewerEventTypes as readonly string[]).includes(eventType);
}

/** True for `origin-request` and `origin-response`. */
export function isOriginEvent(eventType: string | undefined): boolean {
  return eventType !== undefined && (EDGE.originEventTypes as readonly string[]).includes(eventType);
}

/** The per-event-type limit: viewer or origin value, undefined for an unknown event type. */
export function limitFor(eventType: string | undefined, viewer: number, origin: number): number | undefined {
  if (isViewerEvent(eventType)) return viewer;
  if (isOriginEvent(eventType)) return origin;
  return undefined;
}

/** How one quantity of a function is judged against the per-event-type limits. */
export interface EventTypeCheck {
  readonly fn: ResourceView;
  readonly associations: readonly EdgeAssociation[];
  readonly property: string;
  readonly value: number;
  /** Renders the measured value, e.g. `1,024 MB`. */
  readonly render: (n: number) => string;
  readonly viewerLimit: number;
  readonly originLimit: number;
  /** What the limit is about, e.g. `memory`. */
  readonly quantity: string;
  /** Extra sentence for the message (what was measured). */
  readonly note?: string;
}

/**
 * One finding naming the strictest event type whose limit the value exceeds, and every
 * association that imposes it, or nothing when every association allows the value.
 */
export function eventTypeFinding(check: EventTypeCheck): RuleFinding[] {
  const exceeded = check.associations
    .map(association => ({ association, limit: limitFor(association.eventType, check.viewerLimit, check.originLimit) }))
    .filter((v): v is { association: EdgeAssociation; limit: number } => v.limit !== undefined && check.value > v.limit);
  if (exceeded.length === 0) return [];
  const limit = Math.min(...exceeded.map(v => v.limit));
  const strictest = exceeded.filter(v => v.limit === limit);
  const eventTypes = [...new Set(strictest.map(v => v.association.eventType))].join(', ');
  const where = strictest.map(v => describeAssociation(v.association)).join('; ');
  const note = check.note ? ` ${check.note}` : '';
  return [{
    resource: check.fn,
    property: check.property,
    value: check.render(check.value),
    limit: `${check.render(limit)} for ${eventTypes} Lambda@Edge triggers (viewer: ${check.render(check.viewerLimit)}, origin: ${check.render(check.originLimit)})`,
    why: `The function runs as Lambda@Edge for ${where}, and CloudFront rejects the association when the function's ${check.quantity} is above what the ${eventTypes} event type allows.${note}`,
  }];
}

/** Renders megabytes. */
export function megabytes(n: number): string {
  return `${fmt(n)} MB`;
}

/** Renders seconds. */
export function seconds(n: number): string {
  return `${fmt(n)} s`;
}

/** Renders bytes. */
export function bytes(n: number): string {
  return `${fmt(n)} bytes`;
}
