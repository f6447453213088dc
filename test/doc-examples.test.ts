/**
 * Every `@example` in the library's doc comments (they reach API.md and every jsii
 * language's docs) compiles against the public API. As with jsii-rosetta, each example
 * runs inside a fixture: the common imports, and a Stack subclass whose constructor body
 * is the example (so `this` is a Stack). Examples declare anything else they assume.
 */
import * as fs from 'fs';
import * as path from 'path';
import { typecheckSnippets } from './typecheck-snippets';

const ROOT = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const examples = sourceFiles(path.join(ROOT, 'src')).flatMap(file => {
  const text = fs.readFileSync(file, 'utf-8');
  return [...text.matchAll(/\* @example\n((?:\s*\*(?! @)(?!\/).*\n)+)/g)].map(m => ({
    where: `${path.relative(ROOT, file)}:${text.slice(0, m.index).split('\n').length + 1}`,
    code: m[1].split('\n').map(line => line.replace(/^\s*\* ?/, '')).join('\n'),
  }));
});

const FIXTURE_HEAD = `
import { App, Aspects, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import * as patterns from 'cdk-lambda-patterns';
import { AsyncInvocation, EdgeHandler, FrontDoor, HttpFunction, LambdaLimitChecks, QueueConsumer, StreamConsumer, ViewerFunction } from 'cdk-lambda-patterns';
void [App, Aspects, Duration, Validations, cloudfront, dynamodb, ec2, kinesis, lambda, s3, sns, sqs, patterns,
  AsyncInvocation, EdgeHandler, FrontDoor, HttpFunction, LambdaLimitChecks, QueueConsumer, StreamConsumer, ViewerFunction];
export class Fixture extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
`;

test('the library has doc-comment examples', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test('every @example in src/ type-checks against the public API', () => {
  const headLines = FIXTURE_HEAD.split('\n').length - 1;
  const sources = examples.map(example => {
    // `declare` statements cannot stand in a function body: they go before the class.
    const lines = example.code.split('\n');
    const declares = lines.filter(l => l.startsWith('declare '));
    const body = lines.map(l => (l.startsWith('declare ') ? '' : l));
    return `${FIXTURE_HEAD.replace('export class Fixture', `${declares.join(' ')}\nexport class Fixture`)}${body.join('\n')}\n  }\n}\n`;
  });
  const problems = typecheckSnippets(sources)
    .map(p => `${examples[p.snippet].where} (example line ${p.line - headLines}): ${p.message}`);
  expect(problems).toEqual([]);
});
