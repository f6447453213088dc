import { awscdk, javascript, DependencyType, JsonFile } from 'projen';

/**
 * The oldest aws-cdk-lib this library supports (the peer dependency floor).
 *
 * 2.257.0 is the first release with the `Validations` API
 * (`Validations.of(scope).addPlugins(...)` and `acknowledge(...)`), which
 * `LambdaLimitChecks` implements as an `IPolicyValidationPlugin` and which
 * cdk-nag 3 needs. Anything older cannot run the library.
 */
const MIN_CDK_VERSION = '2.257.0';

/**
 * The aws-cdk-lib the tests, the example and the benchmarks run against: the
 * newest release, so that the library is proven against what users install today.
 */
const DEV_CDK_VERSION = '2.276.0';
const DEV_CONSTRUCTS_VERSION = '10.8.1';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-lambda-patterns',
  description:
    'AWS CDK L3 constructs for the AWS Lambda patterns people learn the hard way, with production defaults, and an Aspect that catches every documented Lambda limit at cdk synth.',
  author: 'cdk-lambda-patterns maintainers',
  authorAddress: 'maintainers@cdk-lambda-patterns.dev',
  repositoryUrl: 'https://github.com/cdk-lambda-patterns/cdk-lambda-patterns.git',
  license: 'Apache-2.0',
  keywords: ['aws-cdk', 'cdk', 'lambda', 'sqs', 'kinesis', 'codedeploy', 'lambda-edge', 'serverless', 'limits', 'validation'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  jsiiVersion: '~6.0.0',

  cdkVersion: MIN_CDK_VERSION,
  // The dev dependency is the newest aws-cdk-lib (below), not the peer floor.
  peerDependencyOptions: { pinnedDevDependency: false },
  constructsVersion: '10.5.1',
  // The example and the consumer smoke test use the real CLI.
  cdkCliVersion: '^2.1148.1',

  // This repository's CI is `.ci/run`; no GitHub workflows are generated.
  github: false,
  release: false,

  // No lambda bundling auto-discovery: patterns take user code.
  lambdaAutoDiscover: false,
  edgeLambdaAutoDiscover: false,
  singletonLambdaAutoDiscover: false,
  lambdaExtensionAutoDiscover: false,
  integrationTestAutoDiscover: false,

  // jsii targets. Only the JavaScript package can be built on machines that
  // reach nothing but the npm registry; the others are configured so that jsii
  // checks the API for them at compile time and a release machine can package them.
  publishToPypi: {
    distName: 'cdk-lambda-patterns',
    module: 'cdk_lambda_patterns',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdklambdapatterns',
    mavenGroupId: 'io.github.cdk-lambda-patterns',
    mavenArtifactId: 'cdk-lambda-patterns',
  },
  publishToNuget: {
    dotNetNamespace: 'CdkLambdaPatterns',
    packageId: 'CdkLambdaPatterns',
  },
  publishToGo: {
    moduleName: 'github.com/cdk-lambda-patterns/cdk-lambda-patterns-go',
    packageName: 'cdklambdapatterns',
  },

  devDeps: [
    '@types/node@^20',
    'typescript@^6.0.3',
    'aws-cdk@^2.1148.1',
    'cdk-nag@3.0.2',
    'fast-check@^4.10.2',
    '@aws-cdk/integ-tests-alpha@2.245.0-alpha.0',
    // The benchmark compares QueueConsumer with AWS Solutions Constructs' SQS -> Lambda.
    '@aws-solutions-constructs/aws-sqs-lambda@2.104.0',
    // Bundles the compiled library into one file after jsii (tools/bundle-lib.ts).
    'esbuild@^0.28.2',
    // ts-jest's peer; npm leaves it nested under jest's packages unless the project names it.
    'jest-util@^29.7.0',
  ],

  gitignore: ['cdk.out/', '*.tgz', '.ci-tmp/', 'bench/results/', 'test/tools/.bundle-fixture-*/'],

  jestOptions: {
    // jest 30 resolves modules with unrs-resolver, whose per-platform optional packages
    // the package registry reachable here does not all serve, so `npm ci` cannot
    // verify the lock file. jest 29 has no such dependency.
    jestVersion: '^29',
    // A stale snapshot fails the test run; `npx projen test:update` refreshes them on purpose.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      // babel instruments only this package's files; v8 coverage records every function of
      // aws-cdk-lib too and made the suite ~7x slower (451 s -> 67 s for the same 98 files).
      coverageProvider: 'babel',
      coverageThreshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
      testTimeout: 60_000,
      coveragePathIgnorePatterns: ['/node_modules/', '/test/'],
      setupFiles: ['<rootDir>/test/setup-env.ts'],
    },
  },

  tsconfigDev: {
    include: ['../src/**/*.ts', '../examples/**/*.ts', '../bench/**/*.ts', '../tools/**/*.ts'],
    compilerOptions: {
      // ts-jest transpiles each file on its own; the `typecheck` task checks types once.
      isolatedModules: true,
    },
  },
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'examples', 'bench', 'tools', '.projenrc.ts'],
  },
});

// Tests, the example and the benchmarks run against the newest aws-cdk-lib,
// while the peer dependency keeps the deliberate floor above.
project.deps.removeDependency('aws-cdk-lib', DependencyType.BUILD);
project.deps.addDependency(`aws-cdk-lib@${DEV_CDK_VERSION}`, DependencyType.BUILD);
// 3.8 is the newest eslint-import-resolver-typescript without unrs-resolver (see jestVersion).
project.deps.removeDependency('eslint-import-resolver-typescript', DependencyType.BUILD);
project.deps.addDependency('eslint-import-resolver-typescript@~3.8.7', DependencyType.BUILD);
project.deps.removeDependency('constructs', DependencyType.BUILD);
project.deps.addDependency(`constructs@${DEV_CONSTRUCTS_VERSION}`, DependencyType.BUILD);

for (const dir of ['/examples/', '/bench/', '/.ci/', '/cdk.out/', '/coverage/', '/test-reports/']) {
  project.addPackageIgnore(dir);
}

// Type-check tests, examples and benchmarks once (ts-jest only transpiles, which
// keeps each test file from paying for its own type-check program).
const typecheck = project.addTask('typecheck', {
  description: 'Type-check src, test, examples and bench',
  exec: 'tsc --noEmit -p test/tsconfig.json',
});
project.testTask.prependSpawn(typecheck);

project.addTask('example', {
  description: 'Synthesize examples/app.ts with the aws-cdk CLI into cdk.out/ and print a summary',
  steps: [
    {
      exec: 'cdk synth --app "ts-node --transpile-only -P test/tsconfig.json examples/app.ts" --output cdk.out --no-notices --quiet --no-version-reporting',
    },
    { exec: 'ts-node --transpile-only -P test/tsconfig.json examples/summary.ts cdk.out' },
  ],
});

// tsc compiles `export * from` to eager requires: without this, loading the package loaded
// every pattern whatever the app used (tools/lazy-index.ts says what it costs and how it is checked).
project.compileTask.exec('ts-node --transpile-only -P test/tsconfig.json tools/lazy-index.ts lib');
// One file instead of ~190: Node and jest load each file on its own (tools/bundle-lib.ts).
project.compileTask.exec('ts-node --transpile-only -P test/tsconfig.json tools/bundle-lib.ts lib');

project.addTask('bench:limits', {
  description: 'Benchmark: synth cost of LambdaLimitChecks at 50 and 200 functions, against plain aws-cdk-lib',
  exec: 'ts-node --transpile-only -P test/tsconfig.json bench/limits.ts',
});

project.addTask('integ', {
  description: 'Check every integ test app against its committed snapshot (no deployment)',
  exec: 'jest test/integ --coverage=false',
});
project.addTask('integ:update', {
  description: 'Rewrite the integ snapshots on purpose',
  exec: 'jest test/integ --coverage=false',
  env: { INTEG_UPDATE: '1' },
});

project.addTask('docs:rules', {
  description: "Regenerate the README's rules table from the rule registry",
  exec: 'ts-node --transpile-only -P test/tsconfig.json tools/rules-table.ts',
});
project.addPackageIgnore('/tools/');

// eslint's TypeScript project service looks for the nearest tsconfig.json; give the dev
// folders one that extends the test configuration (the root one is jsii's, src only).
for (const dir of ['examples', 'bench', 'tools']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    obj: { extends: '../test/tsconfig.json', include: ['**/*.ts'] },
  });
}

project.addTask('bench', {
  description: 'Benchmark: SQS->Lambda and composed pipelines, patterns vs hand-written L2 vs Solutions Constructs',
  steps: [
    { spawn: 'compile' },
    { exec: 'ts-node --transpile-only -P test/tsconfig.json bench/pipelines.ts' },
  ],
});

project.synth();
