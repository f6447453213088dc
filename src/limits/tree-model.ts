/**
 * Builds the app model from a construct tree (the aspect's view): every stack's
 * relevant CloudFormation elements, resolved as they will be synthesized, with
 * property overrides applied, so that L1, L2, L3 and escape hatches look alike.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AssetStaging, CfnElement, CfnOutput, CfnParameter, CfnResource, Stack, Stage, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { compressedSize, directorySize } from './asset-size';
import { AppModel, isRecord, type ResourceJson, type StackView, type TemplateJson } from './model';

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
  const stackViews: StackView[] = [];
  const pathById = new Map<string, string>();
  const assetSizeByHash = new Map<string, () => number | undefined>();
  const compressedSizeByHash = new Map<string, () => number | undefined>();
  const stacks = new Map<Stack, { Resources: Record<string, ResourceJson>; Outputs: Record<string, unknown>; Parameters: Record<string, unknown> }>();

  for (const construct of stage.node.findAll()) {
    if (construct instanceof AssetStaging) {
      const staging = construct;
      assetSizeByHash.set(staging.assetHash, () => stagedSize(staging));
      compressedSizeByHash.set(staging.assetHash, () => stagedCompressedSize(staging));
      continue;
    }
    if (!(construct instanceof CfnElement)) continue;
    const stack = construct.stack;
    // Stacks of nested stages are synthesized (and analysed) by their own stage.
    if (Stage.of(stack) !== stage) continue;
    let template = stacks.get(stack);
    if (!template) {
      template = { Resources: {}, Outputs: {}, Parameters: {} };
      stacks.set(stack, template);
    }
    if (construct instanceof CfnResource) {
      if (!isRelevant(construct.cfnResourceType)) {
        template.Resources[stack.resolve(construct.logicalId) as string] = { Type: construct.cfnResourceType };
        continue;
      }
    } else if (construct instanceof CfnParameter) {
      template.Parameters[stack.resolve(construct.logicalId)] = {};
      continue;
    } else if (!(construct instanceof CfnOutput)) {
      continue;
    }
    const rendered = stack.resolve((construct as unknown as RendersCloudFormation)._toCloudFormation());
    if (!isRecord(rendered)) continue;
    for (const [section, entries] of Object.entries(rendered)) {
      if (!isRecord(entries)) continue;
      const target = section === 'Resources' ? template.Resources : section === 'Outputs' ? template.Outputs : undefined;
      if (!target) continue;
      for (const [logicalId, entry] of Object.entries(entries)) {
        (target as Record<string, unknown>)[logicalId] = entry;
        if (section === 'Resources') {
          pathById.set(`${stack.node.path}\u0000${logicalId}`, construct.node.path);
          constructs.set(construct.node.path, construct);
        }
      }
    }
  }

  for (const [stack, template] of stacks) {
    constructs.set(stack.node.path, stack);
    stackViews.push({
      path: stack.node.path,
      name: stack.artifactId,
      region: Token.isUnresolved(stack.region) ? undefined : stack.region,
      account: Token.isUnresolved(stack.account) ? undefined : stack.account,
      template: template as TemplateJson,
    });
  }

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
  const app = new AppModel(
    stackViews,
    (stack, logicalId) => pathById.get(`${stack.path}\u0000${logicalId}`) ?? `${stack.path}/${logicalId}`,
    { assetSize, compressedAssetSize },
  );
  return { app, constructs };
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
