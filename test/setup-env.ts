// aws-cdk-lib (2.262+) runs its built-in CloudFormation template validator inside every
// synth, including `Template.fromStack()`. Unit tests assert on this library's own findings,
// so they turn it off to keep each test file from paying its start-up cost; the example app
// (`npm run example`) and test/example.test.ts run with it on.
if (process.env.CDK_VALIDATION === undefined) {
  process.env.CDK_VALIDATION = 'false';
}
