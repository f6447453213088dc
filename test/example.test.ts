import { App } from 'aws-cdk-lib';
import { buildExampleApp } from '../examples/app';
import { findings } from './limits/helpers';
import { nagErrors } from './nag';

test('the example app synthesizes with no LambdaLimitChecks finding', () => {
  const app = buildExampleApp(new App());
  expect(findings(app)).toEqual([]);
});

test('the example app passes cdk-nag AwsSolutions, Serverless, NIST 800-53 R5 and HIPAA Security', () => {
  const app = buildExampleApp(new App());
  expect(nagErrors(app, ['AwsSolutions', 'Serverless', 'NIST.800.53.R5', 'HIPAA.Security'])).toEqual([]);
});
