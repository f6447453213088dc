import { FUNCTION_TYPE, isContainerImage, snapStartEnabled } from './function-facts';
import { DOCS, SNAPSTART } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** True for java11+, python3.12+ and dotnet8+ (including `.al2023` variants). */
function supportsSnapStart(runtime: string): boolean {
  const java = /^java(\d+)/.exec(runtime);
  if (java) return Number(java[1]) >= SNAPSTART.javaMinMajor;
  const python = /^python3\.(\d+)/.exec(runtime);
  if (python) return Number(python[1]) >= SNAPSTART.pythonMinMinor;
  const dotnet = /^dotnet(\d+)/.exec(runtime);
  if (dotnet) return Number(dotnet[1]) >= SNAPSTART.dotnetMinMajor;
  return false;
}

/** F18: SnapStart works with Java 11+, Python 3.12+ and .NET 8+ managed runtimes, not with container images. */
export const SnapStartRuntime: LimitRule = {
  id: 'SnapStartRuntime',
  description: `SnapStart is used only with Java ${SNAPSTART.javaMinMajor}+, Python 3.${SNAPSTART.pythonMinMinor}+ or .NET ${SNAPSTART.dotnetMinMajor}+ managed runtimes, never with a container image or OS-only runtime`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F18'],
  docUrl: DOCS.lambdaSnapStart,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    if (!snapStartEnabled(fn)) return [];
    const limit = `Java ${SNAPSTART.javaMinMajor}+, Python 3.${SNAPSTART.pythonMinMinor}+ or .NET ${SNAPSTART.dotnetMinMajor}+ managed runtimes (.zip packages only)`;
    if (isContainerImage(fn)) {
      return [{
        resource: fn,
        property: 'SnapStart.ApplyOn',
        value: 'PublishedVersions on a container image (PackageType Image)',
        limit,
        why: 'Lambda rejects SnapStart for container images at deployment',
      }];
    }
    const runtime = literalString(fn.properties.Runtime);
    if (runtime === undefined || supportsSnapStart(runtime)) return [];
    return [{
      resource: fn,
      property: 'SnapStart.ApplyOn',
      value: `PublishedVersions with runtime '${runtime}'`,
      limit,
      why: 'Lambda rejects SnapStart for this runtime at deployment',
    }];
  },
};
