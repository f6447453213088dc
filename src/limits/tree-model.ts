/**
 * Builds the app model from a construct tree (the aspect's view): every stack's
 * relevant CloudFormation elements, resolved as they will be synthesized, with
 * property overrides applied, so that L1, L2, L3 and escape hatches look alike.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AssetStaging, CfnElement, CfnOutput, CfnParameter, CfnResource, Errors, Stack, Stage, Token, Tokenization } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { compressedSize, directorySize } from './asset-size';
import { AppModel, isRecord, type ResourceJson, type StackView, type TemplateJson } from './model';
import { ModelTokenResolver } from './model-token-resolver';
import { renderResource } from './render-resource';

/** Internal aws-cdk-lib method every CfnElement implements; it renders the element with its overrides. */
interface RendersCloudFormation {
  _toCloudFormation(): object;
}

/** The model plus where each resource lives in the tree, for annotations. */
export interface TreeModel {
  readonly app: AppModel;
  /** Construct of each resource (by construct path), and of each stack. */
  readonly constructs: ReadonlyMap<string, IConstruct>;
}

/**
 * @param stage the Stage (or App) whose stacks are analysed
 * @param isRelevant resource types worth resolving (the types the rules read)
 */
export function modelFromTree(stage: Stage, isRelevant: (type: string) => boolean): TreeModel {
  const constructs = new Map<string, IConstruct>();
  const assetSizeByHash = new Map<string, () => number | undefined>();
  const compressedSizeByHash = new Map<string, () => number | undefined>();
  // Each element with its path (a construct's path is recomputed from its scopes on every read).
  const elementsByStack = new Map<Stack, { element: CfnElement; path: string }[] | null>();
  const elementIds = new Map<IConstruct, string>();
  const importedSubnetCidrs = new Map<string, string>();

  for (const construct of stage.node.findAll()) {
    if (construct instanceof AssetStaging) {
      const staging = construct;
      assetSizeByHash.set(staging.assetHash, () => stagedSize(staging));
      compressedSizeByHash.set(staging.assetHash, () => stagedCompressedSize(staging));
      continue;
    }
    if (!(construct instanceof CfnElement)) {
      const subnet = importedSubnet(construct);
      if (subnet) importedSubnetCidrs.set(subnet.subnetId, subnet.cidr);
      continue;
    }
    const stack = construct.stack;
    let elements = elementsByStack.get(stack);
    if (elements === undefined) {
      // Stacks of nested stages are synthesized (and analysed) by their own stage.
      elements = Stage.of(stack) === stage ? [] : null;
      elementsByStack.set(stack, elements);
    }
    if (elements === null) continue;
    const elementPath = construct.node.path;
    elements.push({ element: construct, path: elementPath });
    elementIds.set(construct, elementPath);
  }

  const resolver = new ModelTokenResolver(elementIds);
  const stackViews: StackView[] = [];
  const stackByPath = new Map<string, Stack>();
  for (const [stack, elements] of elementsByStack) {
    if (elements === null) continue;
    const resources = new Map<string, ResourceJson>();
    const template: { Outputs: Record<string, unknown>; Parameters: Record<string, unknown> } = { Outputs: {}, Parameters: {} };
    for (const { element, path: id } of elements) {
      if (element instanceof CfnResource) {
        const definition = isRelevant(element.cfnResourceType)
          ? renderResource(element, stack, resolver)
          : { Type: element.cfnResourceType };
        if (definition) {
          resources.set(id, definition);
          constructs.set(id, element);
        }
        continue;
      } else if (element instanceof CfnParameter) {
        template.Parameters[id] = {};
        continue;
      } else if (!(element instanceof CfnOutput)) {
        continue;
      }
      const rendered: unknown = Tokenization.resolve((element as unknown as RendersCloudFormation)._toCloudFormation(), {
        scope: stack, resolver, preparing: false,
      });
      if (!isRecord(rendered)) continue;
      for (const [section, entries] of Object.entries(rendered)) {
        if (!isRecord(entries)) continue;
        for (const [logicalId, entry] of Object.entries(entries)) {
          if (section === 'Outputs') {
            template.Outputs[logicalId] = entry;
          } else if (section === 'Resources' && isRecord(entry) && typeof entry.Type === 'string') {
            resources.set(logicalId, entry as ResourceJson);
            constructs.set(logicalId, element);
          }
        }
      }
    }
    constructs.set(stack.node.path, stack);
    stackByPath.set(stack.node.path, stack);
    stackViews.push({
      path: stack.node.path,
      name: stack.artifactId,
      region: Token.isUnresolved(stack.region) ? undefined : stack.region,
      account: Token.isUnresolved(stack.account) ? undefined : stack.account,
      template: template as TemplateJson,
      resources,
    });
  }

  // Literal logical ids (escape hatches written by hand) name resources by their real id:
  // resolve a stack's real ids, once, the first time one has to be matched.
  const realIds = new Map<string, Map<string, string>>();
  const modelIdOf = (stackPath: string, logicalId: string): string | undefined => {
    // A construct path (a Ref to a parameter, say) is already a model id; real ids have no '/'.
    if (logicalId.includes('/')) return undefined;
    let ids = realIds.get(stackPath);
    if (!ids) {
      ids = new Map();
      const stack = stackByPath.get(stackPath);
      for (const { element, path: elementPath } of (stack && elementsByStack.get(stack)) ?? []) {
        const real: unknown = stack!.resolve(element.logicalId);
        if (typeof real === 'string') ids.set(real, elementPath);
      }
      realIds.set(stackPath, ids);
    }
    return ids.get(logicalId);
  };

  const measured = new Map<string, number | undefined>();
  const assetSize = (hash: string): number | undefined => {
    if (!measured.has(hash)) measured.set(hash, assetSizeByHash.get(hash)?.());
    return measured.get(hash);
  };
  const compressed = new Map<string, number | undefined>();
  const compressedAssetSize = (hash: string): number | undefined => {
    if (!compressed.has(hash)) compressed.set(hash, compressedSizeByHash.get(hash)?.());
    return compressed.get(hash);
  };
  const app = new AppModel(stackViews, (_stack, id) => id, {
    assetSize, compressedAssetSize, modelIdOf, importedSubnetCidr: subnetId => importedSubnetCidrs.get(subnetId),
  });
  return { app, constructs };
}

/** What an `ec2.ISubnet` offers that the model reads. */
interface SubnetLike {
  readonly subnetId: unknown;
  readonly ipv4CidrBlock: unknown;
}

/**
 * An imported subnet (an `ec2.ISubnet` construct that is no CloudFormation element: its id is a
 * literal) with the literal IPv4 CIDR block its import gave, else undefined. A subnet the app
 * defines has a token id (a `Ref`) and is judged from its template.
 */
function importedSubnet(construct: IConstruct): { subnetId: string; cidr: string } | undefined {
  if (!('subnetId' in construct) || !('ipv4CidrBlock' in construct)) return undefined;
  const subnet = construct as IConstruct & SubnetLike;
  if (typeof subnet.subnetId !== 'string' || Token.isUnresolved(subnet.subnetId)) return undefined;
  let cidr: unknown;
  try {
    cidr = subnet.ipv4CidrBlock;
  } catch (error) {
    // aws-cdk-lib throws a ValidationError when an imported subnet was given no CIDR block, and
    // ISubnet offers no way to ask first. Any other error is a real one.
    if (Errors.isValidationError(error)) return undefined;
    throw error;
  }
  return typeof cidr === 'string' && cidr !== '' && !Token.isUnresolved(cidr) ? { subnetId: subnet.subnetId, cidr } : undefined;
}

function stagedSize(staging: AssetStaging): number | undefined {
  const staged = staging.absoluteStagedPath;
  if (!fs.existsSync(staged)) return undefined;
  return directorySize(path.resolve(staged));
}

function stagedCompressedSize(staging: AssetStaging): number | undefined {
  const staged = staging.absoluteStagedPath;
  if (!fs.existsSync(staged)) return undefined;
  return compressedSize(path.resolve(staged));
}
