import { App, Stack, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { FrontDoor, HttpFunction } from '../../src';
import { nagErrors } from '../nag';

const env = { account: '123456789012', region: 'eu-west-1' };

function functionProps(): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  };
}

/** Every acknowledged rule id in the app, with the path it was acknowledged on. */
function acknowledged(app: App): string[] {
  return app.node.findAll().flatMap(c => c.node.metadata
    .filter(m => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .map(m => `${c.node.path} ${JSON.stringify(m.data)}`));
}

/** Errors reported on the pattern's own resources (the ALB and VPC of the tests are the user's). */
function patternErrors(app: App): string[] {
  return nagErrors(app).filter(e => e.includes('/Http/') || e.includes('/Http '));
}

function setup(frontDoor: (stack: Stack) => FrontDoor): App {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env });
  new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: frontDoor(stack) });
  return app;
}

describe('HttpFunction with cdk-nag AwsSolutions and Serverless', () => {
  test('function URL: no error; only LambdaDLQ (synchronous) and the X-Ray wildcard are acknowledged', () => {
    const app = setup(() => FrontDoor.functionUrl());
    expect(nagErrors(app)).toEqual([]);
    const acks = acknowledged(app).join('\n');
    expect(acks).toContain('Serverless-LambdaDLQ');
    expect(acks).toContain('AwsSolutions-IAM5[Resource::*]');
    expect(acknowledged(app)).toHaveLength(2);
  });

  test('ALB: no error on the pattern\'s resources', () => {
    const app = setup(stack => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
      const listener = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc }).addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(404) });
      return FrontDoor.alb({ listener, priority: 1, conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])] });
    });
    expect(patternErrors(app)).toEqual([]);
    // The packs did run: the test's own VPC and load balancer have findings.
    expect(nagErrors(app).length).toBeGreaterThan(0);
  });

  test('REST API: no error; COG4 acknowledged because the method uses AWS_IAM, APIG4 not acknowledged', () => {
    const app = setup(() => FrontDoor.restApi());
    expect(nagErrors(app)).toEqual([]);
    const acks = acknowledged(app).join('\n');
    expect(acks).toMatch(/Http\/Api\/Default\/ANY .*AwsSolutions-COG4.*AWS_IAM/);
    expect(acks).toMatch(/Http\/Api .*AwsSolutions-APIG2/);
    expect(acks).toMatch(/Http\/Api\/CloudWatchRole .*AmazonAPIGatewayPushToCloudWatchLogs/);
    expect(acks).not.toContain('APIG4');
    expect(acks).not.toContain('APIG1');
    expect(acks).not.toContain('APIG6');
    expect(acks).not.toContain('APIGWAccessLogging');
    expect(acks).not.toContain('APIGWDefaultThrottling');
  });

  test('REST API with a Cognito authorizer: nothing about authorization is acknowledged', () => {
    const app = setup(stack => FrontDoor.restApi({
      authorizer: new apigateway.CognitoUserPoolsAuthorizer(stack, 'Authorizer', { cognitoUserPools: [new cognito.UserPool(stack, 'Pool')] }),
    }));
    expect(patternErrors(app)).toEqual([]);
    expect(acknowledged(app).join('\n')).not.toMatch(/COG4|APIG4/);
  });

  test('REST API made public explicitly: APIG4 and COG4 acknowledged with the opt-in as the reason', () => {
    const app = setup(() => FrontDoor.restApi({ allowPublicAccess: true }));
    expect(nagErrors(app)).toEqual([]);
    const acks = acknowledged(app).join('\n');
    expect(acks).toMatch(/AwsSolutions-APIG4.*allowPublicAccess: true/);
    expect(acks).toMatch(/AwsSolutions-COG4.*allowPublicAccess: true/);
  });

  test('HTTP API: no error and nothing acknowledged beyond the function\'s two', () => {
    const app = setup(() => FrontDoor.httpApi());
    expect(nagErrors(app)).toEqual([]);
    expect(acknowledged(app)).toHaveLength(2);
  });

  test('HTTP API made public explicitly: APIG4 acknowledged with the opt-in as the reason', () => {
    const app = setup(() => FrontDoor.httpApi({ allowPublicAccess: true }));
    expect(nagErrors(app)).toEqual([]);
    expect(acknowledged(app).join('\n')).toMatch(/Http\/Route .*AwsSolutions-APIG4.*allowPublicAccess: true/);
  });

  test('an alias the user owns: no error on the pattern', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack', { env });
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    new HttpFunction(stack, 'Http', { function: fn.addAlias('live'), frontDoor: FrontDoor.httpApi() });
    expect(patternErrors(app)).toEqual([]);
  });
});
