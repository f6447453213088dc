/**
 * How `CanaryDeployment` moves traffic from the previous version of a function to the new one.
 */
export enum DeploymentStrategy {
  /**
   * AWS CodeDeploy shifts the alias from the previous version to the new one following a
   * deployment configuration (canary, linear or all at once), and rolls back automatically
   * when an alarm fires or the deployment fails.
   */
  CODEDEPLOY = 'CODEDEPLOY',

  /**
   * Plain alias routing (`AdditionalVersionWeights`): the alias keeps the previous version
   * as its primary version and sends a fixed weight of the traffic to the new version.
   * No CodeDeploy; promotion and rollback are template changes.
   */
  WEIGHTED = 'WEIGHTED',
}
