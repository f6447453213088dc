/**
 * Small readers shared by the function rules (not rules themselves): what kind of
 * package a function has and whether SnapStart is on, read from its L1 properties.
 */
import { formatNumber } from '../../../private/format-number';
import type { ResourceView } from '../../model';
import { literalString, propertyAt } from '../../values';

/** The CloudFormation type every function rule looks at. */
export const FUNCTION_TYPE = 'AWS::Lambda::Function';

/** True when the function is deployed as a container image (`PackageType: Image` or `Code.ImageUri`). */
export function isContainerImage(fn: ResourceView): boolean {
  return fn.properties.PackageType === 'Image' || propertyAt(fn.properties, 'Code.ImageUri') !== undefined;
}

/** True when SnapStart is on (`SnapStart.ApplyOn: PublishedVersions`). */
export function snapStartEnabled(fn: ResourceView): boolean {
  return literalString(propertyAt(fn.properties, 'SnapStart.ApplyOn')) === 'PublishedVersions';
}

/** UTF-8 size of a string in bytes. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Renders a byte count as AWS writes it, e.g. `262,144,001 bytes (250.0 MB)`. */
export function bytesText(bytes: number): string {
  return `${formatNumber(bytes)} bytes (${(bytes / (1024 * 1024)).toFixed(1)} MB)`;
}
