/**
 * Configuration for Lambda@Edge functions, which cannot have environment variables:
 * the values travel with the code. For an asset directory, a copy of the directory with a
 * generated JSON file is staged instead of the directory; for inline code, a placeholder
 * is replaced by the JSON object. Either way the values are part of the code, so a changed
 * value publishes a new version.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';
import { DOCS } from '../limits/quotas';

/** How the configuration is delivered. */
export interface EdgeConfigOptions {
  /** The values, or undefined for none. */
  readonly config?: { [key: string]: string };
  /** The name of the generated file in an asset directory. */
  readonly fileName: string;
  /** The text replaced in inline code. */
  readonly placeholder: string;
}

/** The code with the configuration in it, or the code unchanged when there is none. */
export function codeWithConfig(scope: Construct, code: lambda.Code, options: EdgeConfigOptions): lambda.Code {
  const { config, fileName, placeholder } = options;
  if (code instanceof lambda.InlineCode) {
    const text = code.bind(scope).inlineCode ?? '';
    const hasPlaceholder = text.includes(placeholder);
    if (config === undefined) {
      if (hasPlaceholder) {
        throw new PatternValidationError(scope, `the inline code contains the config placeholder ${placeholder}, but \`config\` is not set: the placeholder would reach Lambda unchanged. Set \`config\` or remove the placeholder.`);
      }
      return code;
    }
    const json = configJson(scope, config, 0);
    if (!hasPlaceholder) {
      throw new PatternValidationError(scope, `\`config\` is set, but the inline code does not contain the placeholder ${placeholder} that it replaces (for example \`const config = ${placeholder};\`), so the values would not reach the function.`);
    }
    return lambda.Code.fromInline(text.split(placeholder).join(json));
  }
  if (config === undefined) return code;
  const json = configJson(scope, config, 2);
  if (!(code instanceof lambda.AssetCode)) {
    throw new PatternValidationError(scope, `\`config\` needs inline code (lambda.Code.fromInline) or an asset directory (lambda.Code.fromAsset): for other code (${code.constructor.name}) put the configuration in the package when you build it. Lambda@Edge functions cannot have environment variables. See ${DOCS.edgeRestrictions}`);
  }
  if (hasAssetOptions(code)) {
    throw new PatternValidationError(scope, `\`config\` cannot be combined with options given to lambda.Code.fromAsset (bundling, exclude, asset hash...): EdgeHandler stages a copy of ${code.path} with the config file, and those options would not apply to it. Write the config file in your bundling step instead, or drop the options.`);
  }
  if (!fs.existsSync(code.path) || !fs.statSync(code.path).isDirectory()) {
    throw new PatternValidationError(scope, `\`config\` needs the asset to be a directory, to add ${fileName} to it; ${code.path} is not a directory (a .zip file cannot be extended at synth).`);
  }
  if (fileName.length === 0 || fileName !== path.basename(fileName) || fileName === '.' || fileName === '..') {
    throw new PatternValidationError(scope, `\`configFileName\` is '${fileName}': give a file name without a directory, such as 'edge-config.json'.`);
  }
  if (fs.existsSync(path.join(code.path, fileName))) {
    throw new PatternValidationError(scope, `\`configFileName\` is '${fileName}', but ${code.path} already has a file with that name, which the generated config would replace. Choose another \`configFileName\`.`);
  }
  const staged = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-lambda-patterns-edge-'));
  // The asset is copied into the cloud assembly when the function is created; the copy made
  // here is only its source, removed when the process ends (staging may be disabled, so not sooner).
  removeAtExit(staged);
  fs.cpSync(code.path, staged, { recursive: true });
  fs.writeFileSync(path.join(staged, fileName), json);
  return lambda.Code.fromAsset(staged);
}

const stagedCopies = new Set<string>();

/** Removes a directory when the process ends (one exit listener for all of them). */
function removeAtExit(dir: string): void {
  if (stagedCopies.size === 0) {
    process.once('exit', () => {
      for (const copy of stagedCopies) fs.rmSync(copy, { recursive: true, force: true });
    });
  }
  stagedCopies.add(dir);
}

/** The configuration as JSON with sorted keys (stable asset hashes and templates). */
function configJson(scope: Construct, config: { [key: string]: string }, indent: number): string {
  const sorted: { [key: string]: string } = {};
  for (const key of Object.keys(config).sort()) {
    const value = config[key];
    if (typeof value !== 'string') {
      throw new PatternValidationError(scope, `\`config.${key}\` is not a string (${typeof value}): configuration values are strings.`);
    }
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) {
      throw new PatternValidationError(scope, `\`config.${key}\` is a token (a value known only at deploy time): configuration is written into the code at synth, so its values must be known then. Read deploy-time values at run time instead (for example from an SSM parameter in us-east-1).`);
    }
    sorted[key] = value;
  }
  const json = JSON.stringify(sorted, undefined, indent);
  return indent > 0 ? `${json}\n` : json;
}

/**
 * Whether `Code.fromAsset` was given options. aws-cdk-lib keeps them in a private field;
 * reading it is a guard only: if the field is ever renamed, no options are seen and the
 * copy is staged as before.
 */
function hasAssetOptions(code: lambda.AssetCode): boolean {
  const options: unknown = Reflect.get(code, 'options');
  if (typeof options !== 'object' || options === null) return false;
  return Object.values(options).some(value => value !== undefined);
}
