import { FUNCTION_TYPE, bytesText, isContainerImage } from './function-facts';
import { fmt } from '../../engine';
import type { AppModel, ResourceView } from '../../model';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, literalString, propertyAt } from '../../values';

const LAYER_TYPE = 'AWS::Lambda::LayerVersion';

/** The asset hash of an S3 key `<hash>.zip` (as CDK names staged file assets), else undefined. */
function assetHashOf(key: unknown): string | undefined {
  const text = literalString(key);
  const match = text === undefined ? null : /(?:^|\/)([A-Za-z0-9]+)\.zip$/.exec(text);
  return match?.[1];
}

function measured(app: AppModel, key: unknown): number | undefined {
  const hash = assetHashOf(key);
  return hash === undefined ? undefined : app.facts.assetSize?.(hash);
}

/**
 * F12/F13: the unzipped deployment package, the function's code plus all its layers, is at
 * most 250 MB. Measured from the staged assets of the app; code or layers that are not CDK
 * assets of this app (S3 objects, layer ARNs) are unknown at synth and count as zero.
 * Container images (10 GB uncompressed, F13) cannot be measured at synth without Docker and are skipped.
 */
export const FunctionPackageSize: LimitRule = {
  id: 'FunctionPackageSize',
  description: `Function code asset plus all its layer assets are at most ${fmt(FUNCTION.unzippedPackageMaxBytes)} bytes (250 MB) unzipped; container images (10 GB) are not measurable at synth and are skipped`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F12', 'F13'],
  docUrl: DOCS.lambdaQuotas,
  resourceTypes: [FUNCTION_TYPE],
  relatedTypes: [LAYER_TYPE],
  check(fn, app) {
    if (isContainerImage(fn)) return [];
    const parts: string[] = [];
    let total = 0;
    const code = measured(app, propertyAt(fn.properties, 'Code.S3Key'));
    if (code !== undefined) {
      total += code;
      parts.push(`code ${bytesText(code)}`);
    }
    for (const layerRef of literalArray(fn.properties.Layers) ?? []) {
      const layer: ResourceView | undefined = app.referencedResource(fn, layerRef);
      if (!layer || layer.type !== LAYER_TYPE) continue;
      const size = measured(app, propertyAt(layer.properties, 'Content.S3Key'));
      if (size === undefined) continue;
      total += size;
      parts.push(`layer ${layer.path} ${bytesText(size)}`);
    }
    if (total <= FUNCTION.unzippedPackageMaxBytes) return [];
    return [{
      resource: fn,
      property: 'Code.S3Key',
      value: `${bytesText(total)} unzipped (${parts.join(' + ')})`,
      limit: `${bytesText(FUNCTION.unzippedPackageMaxBytes)} unzipped, function code and all layers together`,
      why: 'Lambda rejects the deployment ("Unzipped size must be smaller than 262144000 bytes"); trim dependencies or use a container image',
    }];
  },
};
