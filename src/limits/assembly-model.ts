/**
 * Builds the app model from synthesized templates (the validation plugin's view),
 * using the cloud assembly's manifest for construct paths, environments and
 * the asset manifests for code asset sizes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compressedSize, directorySize } from './asset-size';
import { AppModel, isRecord, type StackView, type TemplateJson } from './model';

interface StackArtifactInfo {
  readonly name: string;
  readonly constructPath?: string;
  readonly region?: string;
  readonly account?: string;
  readonly pathByLogicalId: Map<string, string>;
}

/** Reads every template (and the manifest beside it) into an app model. */
export function modelFromAssembly(templatePaths: readonly string[]): AppModel {
  const infoByTemplate = new Map<string, StackArtifactInfo>();
  const assetDirs = new Map<string, string>();
  const manifestsRead = new Set<string>();
  for (const templatePath of templatePaths) {
    const dir = path.dirname(templatePath);
    if (manifestsRead.has(dir)) continue;
    manifestsRead.add(dir);
    readManifest(dir, infoByTemplate, assetDirs);
  }

  const stacks: StackView[] = [];
  const pathOf = new Map<StackView, StackArtifactInfo>();
  for (const templatePath of templatePaths) {
    const template = JSON.parse(fs.readFileSync(templatePath, 'utf-8')) as TemplateJson;
    const info = infoByTemplate.get(path.resolve(templatePath));
    const name = info?.name ?? path.basename(templatePath).replace(/\.template\.json$/, '');
    const resources = new Map(Object.entries(template.Resources ?? {}));
    const view: StackView = {
      path: info?.constructPath ?? name,
      name,
      region: info?.region,
      account: info?.account,
      template,
      templatePath,
      resources,
    };
    stacks.push(view);
    if (info) pathOf.set(view, info);
  }
  const measured = new Map<string, number | undefined>();
  const compressed = new Map<string, number | undefined>();
  return new AppModel(
    stacks,
    (stack, logicalId, resource) => {
      const cdkPath = resource.Metadata?.['aws:cdk:path'];
      if (typeof cdkPath === 'string') return cdkPath;
      return pathOf.get(stack)?.pathByLogicalId.get(logicalId) ?? `${stack.path}/${logicalId}`;
    },
    {
      assetSize: hash => {
        if (!measured.has(hash)) {
          const dir = assetDirs.get(hash);
          measured.set(hash, dir && fs.existsSync(dir) ? directorySize(dir) : undefined);
        }
        return measured.get(hash);
      },
      compressedAssetSize: hash => {
        if (!compressed.has(hash)) {
          const dir = assetDirs.get(hash);
          compressed.set(hash, dir && fs.existsSync(dir) ? compressedSize(dir) : undefined);
        }
        return compressed.get(hash);
      },
    },
  );
}

function readManifest(dir: string, infoByTemplate: Map<string, StackArtifactInfo>, assetDirs: Map<string, string>): void {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) return;
  const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf-8'));
  const artifacts = isRecord(manifest) && isRecord(manifest.artifacts) ? manifest.artifacts : {};
  for (const [name, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact.properties) ? artifact.properties : {};
    if (artifact.type === 'aws:cloudformation:stack' && typeof properties.templateFile === 'string') {
      const env = typeof artifact.environment === 'string' ? /^aws:\/\/([^/]+)\/(.+)$/.exec(artifact.environment) : null;
      const pathByLogicalId = new Map<string, string>();
      // Newer CDK versions write the stack's metadata to a separate file (`additionalMetadataFile`).
      const extra = typeof artifact.additionalMetadataFile === 'string' ? path.join(dir, artifact.additionalMetadataFile) : undefined;
      const extraMetadata: unknown = extra && fs.existsSync(extra) ? JSON.parse(fs.readFileSync(extra, 'utf-8')) : {};
      for (const metadata of [artifact.metadata, extraMetadata]) {
        for (const [constructPath, entries] of Object.entries(isRecord(metadata) ? metadata : {})) {
          for (const entry of Array.isArray(entries) ? entries : []) {
            if (isRecord(entry) && entry.type === 'aws:cdk:logicalId' && typeof entry.data === 'string') {
              // Same form as construct paths in the aspect's model: no leading slash.
              pathByLogicalId.set(entry.data, constructPath.replace(/^\//, ''));
            }
          }
        }
      }
      infoByTemplate.set(path.resolve(dir, properties.templateFile), {
        name,
        constructPath: typeof artifact.displayName === 'string' ? artifact.displayName : undefined,
        account: env && !env[1].startsWith('unknown-') ? env[1] : undefined,
        region: env && !env[2].startsWith('unknown-') ? env[2] : undefined,
        pathByLogicalId,
      });
    }
    if (artifact.type === 'cdk:asset-manifest' && typeof properties.file === 'string') {
      readAssetManifest(path.join(dir, properties.file), dir, assetDirs);
    }
  }
}

function readAssetManifest(file: string, dir: string, assetDirs: Map<string, string>): void {
  if (!fs.existsSync(file)) return;
  const assets: unknown = JSON.parse(fs.readFileSync(file, 'utf-8'));
  const files = isRecord(assets) && isRecord(assets.files) ? assets.files : {};
  for (const [hash, asset] of Object.entries(files)) {
    if (isRecord(asset) && isRecord(asset.source) && typeof asset.source.path === 'string') {
      assetDirs.set(hash, path.resolve(dir, asset.source.path));
    }
  }
}
