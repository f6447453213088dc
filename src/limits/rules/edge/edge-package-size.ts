import * as zlib from 'zlib';
import type { EdgeAssociation } from './edge-associations';
import { bytes, eventTypeFinding } from './event-type-limits';
import { fmt } from '../../engine';
import type { AppModel, ResourceView } from '../../model';
import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type RuleFinding } from '../../rule';
import { literalString, propertyAt } from '../../values';
import { edgeFunctionRule } from '../rule-builders';

interface PackageSize {
  readonly unzipped: number;
  /** Lazily measured: compressing a directory costs more than listing it. */
  readonly compressed: () => number | undefined;
  readonly property: string;
}

/**
 * E13: the compressed package of a Lambda@Edge function is at most 1 MB for viewer triggers
 * and 50 MB for origin triggers.
 *
 * What is measured: the staged code asset (by the `<hash>` of `Code.S3Key`), or the inline
 * `Code.ZipFile` text. The unzipped size decides first (a package whose unzipped size fits
 * also fits compressed); only when it does not is the compressed size measured: the `.zip`
 * file's own size for a zip asset, else an estimate of the archive CDK uploads (each file
 * deflated at level 9, plus zip headers). When the compressed size cannot be measured the
 * finding is a warning about the unzipped size.
 */
export const EdgePackageSize = edgeFunctionRule({
  id: 'EdgePackageSize',
  description: `A Lambda@Edge function's compressed package fits its event types (viewer ${fmt(EDGE.viewerMaxPackageBytes)} bytes, origin ${fmt(EDGE.originMaxPackageBytes)} bytes)`,
  limitRefs: ['E13'],
  docUrl: DOCS.edgeQuotas,
  judge(fn, associations, app) {
    const size = packageSize(fn, app);
    if (!size) return [];
    const byUnzipped = judgeSize(fn, associations, size.property, size.unzipped, 'unzipped');
    if (byUnzipped.length === 0) return [];
    const compressed = size.compressed();
    if (compressed === undefined) {
      return byUnzipped.map(finding => ({
        ...finding,
        severity: FindingSeverity.WARNING,
        why: `${finding.why} The limit applies to the compressed package; only the unzipped size (${fmt(size.unzipped)} bytes) could be measured, so the package may still fit once zipped.`,
      }));
    }
    return judgeSize(fn, associations, size.property, compressed, `compressed (zip estimate; ${fmt(size.unzipped)} bytes unzipped)`);
  },
});

function judgeSize(fn: ResourceView, associations: readonly EdgeAssociation[], property: string, value: number, measured: string): RuleFinding[] {
  return eventTypeFinding({
    fn,
    associations,
    property,
    value,
    render: bytes,
    viewerLimit: EDGE.viewerMaxPackageBytes,
    originLimit: EDGE.originMaxPackageBytes,
    quantity: 'compressed package size',
    note: `Measured: ${measured} size of the function's code.`,
  });
}

function packageSize(fn: ResourceView, app: AppModel): PackageSize | undefined {
  const inline = literalString(propertyAt(fn.properties, 'Code.ZipFile'));
  if (inline !== undefined) {
    const data = Buffer.from(inline, 'utf-8');
    // CloudFormation writes the text to a file named `index` and zips it.
    const zipOverhead = 30 + 46 + 2 * 'index'.length + 22;
    return {
      unzipped: data.length,
      compressed: () => Math.min(zlib.deflateRawSync(data, { level: 9 }).length, data.length) + zipOverhead,
      property: 'Code.ZipFile',
    };
  }
  const key = literalString(propertyAt(fn.properties, 'Code.S3Key'));
  const hash = key === undefined ? undefined : /([a-f0-9]{64})\.zip$/.exec(key)?.[1];
  if (hash === undefined) return undefined;
  const unzipped = app.facts.assetSize?.(hash);
  if (unzipped === undefined) return undefined;
  return { unzipped, compressed: () => app.facts.compressedAssetSize?.(hash), property: 'Code.S3Key' };
}
