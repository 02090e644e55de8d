// Optional: Microsoft Entra ID in front of the function app with App Service Authentication ("Easy Auth",
// authsettingsV2). Deployed only when main.bicep gets entraClientId (default empty: off). Everyone must sign in with
// an account of the tenant (who may: the enterprise application's "Assignment required" and its assigned group),
// except where no account can exist: the unsubscribe link (the signed token is its authorisation), the Event Grid
// webhook of the blob trigger, and the health probe. The function keys still guard every API function. No client
// secret: sign-in uses the implicit ID-token flow, so the app registration must issue ID tokens
// (az ad app update --id <client-id> --enable-id-token-issuance true) and list
// https://<host>/.auth/login/aad/callback as a web redirect URI. docs/webapp.md, "Entra ID in front of it".
param functionAppName string
@description('The Entra ID app registration\'s application (client) id.')
param clientId string
@description('The tenant whose accounts may sign in.')
param tenantId string = subscription().tenantId

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: [
        '/api/unsubscribe'
        '/runtime/webhooks/blobs'
        '/api/health'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            clientId
            'api://${clientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}
