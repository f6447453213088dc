import type { AppModel, ResourceView } from '../../model';
import { literalString } from '../../values';

/** `HTTP` or `WEBSOCKET` for the API of an AWS::ApiGatewayV2::Integration, when known. */
export function apiProtocol(app: AppModel, integration: ResourceView): string | undefined {
  const api = app.referencedResource(integration, integration.properties.ApiId);
  return api?.type === 'AWS::ApiGatewayV2::Api' ? literalString(api.properties.ProtocolType) : undefined;
}
