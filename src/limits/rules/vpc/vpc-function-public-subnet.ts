import type { AppModel, ResourceView } from '../../model';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, literalString, propertyAt } from '../../values';

const ANY_IPV4 = '0.0.0.0/0';

/**
 * V1: a function whose subnets route 0.0.0.0/0 to an internet gateway gets no internet access
 * (Lambda's network interfaces have no public IP). aws-cdk-lib throws for this unless
 * `allowPublicSubnet` is set; L1 functions and overrides are never checked. A warning, not an
 * error: it deploys, and it is right when the function needs no internet (acknowledge it then).
 */
export const VpcFunctionPublicSubnet: LimitRule = {
  id: 'VpcFunctionPublicSubnet',
  description: 'A VPC function is not placed in public subnets (a route to an internet gateway gives Lambda no internet access)',
  severity: FindingSeverity.WARNING,
  limitRefs: ['V1'],
  docUrl: DOCS.lambdaVpcInternet,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: ['AWS::EC2::Subnet', 'AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::InternetGateway'],
  check(fn, app) {
    const subnets = literalArray(propertyAt(fn.properties, 'VpcConfig.SubnetIds'));
    if (!subnets || subnets.length === 0) return [];
    const publicSubnets: string[] = [];
    for (const value of subnets) {
      const subnet = app.referencedResource(fn, value);
      if (subnet?.type === 'AWS::EC2::Subnet' && routesToInternetGateway(app, subnet)) publicSubnets.push(subnet.path);
    }
    if (publicSubnets.length === 0) return [];
    return [{
      resource: fn,
      property: 'VpcConfig.SubnetIds',
      value: `${publicSubnets.length} of ${subnets.length} subnet(s) public (${publicSubnets.join(', ')})`,
      limit: 'private subnets (a NAT gateway or VPC endpoints for egress)',
      why: 'These subnets route 0.0.0.0/0 to an internet gateway, but Lambda network interfaces get no public IP, so calls to the internet and to AWS APIs time out. aws-cdk-lib rejects this unless allowPublicSubnet is true; if the function really needs no egress, acknowledge this warning',
    }];
  },
};

function routesToInternetGateway(app: AppModel, subnet: ResourceView): boolean {
  for (const association of app.referrers(subnet, 'AWS::EC2::SubnetRouteTableAssociation', 'SubnetId')) {
    const table = app.referencedResource(association, association.properties.RouteTableId);
    if (!table) continue;
    for (const route of app.referrers(table, 'AWS::EC2::Route', 'RouteTableId')) {
      if (literalString(route.properties.DestinationCidrBlock) !== ANY_IPV4) continue;
      const gatewayValue = route.properties.GatewayId;
      const literal = literalString(gatewayValue);
      if (literal?.startsWith('igw-')) return true;
      if (app.referencedResource(route, gatewayValue)?.type === 'AWS::EC2::InternetGateway') return true;
    }
  }
  return false;
}
