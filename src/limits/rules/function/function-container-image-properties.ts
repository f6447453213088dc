import { FUNCTION_TYPE, isContainerImage } from './function-facts';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';

const ZIP_ONLY_PROPERTIES = ['Handler', 'Runtime', 'Layers'];

/**
 * A container image function takes its runtime, handler and dependencies from the image:
 * CloudFormation rejects `Handler`, `Runtime` and `Layers` with `PackageType: Image`.
 */
export const FunctionContainerImageProperties: LimitRule = {
  id: 'FunctionContainerImageProperties',
  description: 'A container image function (PackageType Image) sets no Handler, Runtime or Layers',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F7', 'F13'],
  docUrl: DOCS.lambdaFunctionSchema,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    if (!isContainerImage(fn)) return [];
    const findings: RuleFinding[] = [];
    for (const property of ZIP_ONLY_PROPERTIES) {
      if (fn.properties[property] === undefined) continue;
      findings.push({
        resource: fn,
        property,
        value: 'set on a container image function (PackageType Image)',
        limit: 'not allowed with PackageType Image (set them in the image: CMD/ENTRYPOINT, base image, image layers)',
        why: 'Lambda rejects the function at deployment',
      });
    }
    return findings;
  },
};
