export * from './limits/lambda-limit-checks';
