/** Reads an alias's routing configuration. Not a rule. */
import type { ResourceView } from '../../model';
import { literalArray, literalObject, propertyAt } from '../../values';

/** One `RoutingConfig.AdditionalVersionWeights` entry. */
export interface VersionWeightView {
  /** Index in the list, for the property path. */
  readonly index: number;
  readonly functionVersion: unknown;
  readonly functionWeight: unknown;
}

/** The alias's additional version weights, undefined when there are none or they are not known at synth. */
export function additionalVersionWeights(alias: ResourceView): VersionWeightView[] | undefined {
  const list = literalArray(propertyAt(alias.properties, 'RoutingConfig.AdditionalVersionWeights'));
  if (!list) return undefined;
  return list.map((entry, index) => {
    const object = literalObject(entry);
    return { index, functionVersion: object?.FunctionVersion, functionWeight: object?.FunctionWeight };
  });
}

/** `RoutingConfig.AdditionalVersionWeights[i].<field>` */
export function weightPath(index: number, field: string): string {
  return `RoutingConfig.AdditionalVersionWeights[${index}].${field}`;
}
