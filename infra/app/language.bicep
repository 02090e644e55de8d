// Azure AI Language (kind TextAnalytics), deployed only with analyzer=azure-language: summaries and language
// detection for the app (AzureLanguageSettings). Identity only: local (key) auth is off, so the account has a custom
// subdomain (Entra ID tokens need one) and the app's user-assigned identity is Cognitive Services User on it. No key
// is ever read or set (ReportsLanguage__key stays unset in Azure).
param name string
param location string
param tags object = {}
param identityPrincipalId string
@description('F0 (free, one per subscription, low limits) or S (standard).')
@allowed(['F0', 'S'])
param sku string = 'S'

// Cognitive Services User: data actions Microsoft.CognitiveServices/* (calls the Language APIs with an Entra token).
var cognitiveServicesUserRoleId = 'a97b65f3-24c7-4388-baec-2e87135dc908'

resource account 'Microsoft.CognitiveServices/accounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: sku
  }
  properties: {
    // Globally unique; the endpoint becomes https://<customSubDomainName>.cognitiveservices.azure.com/.
    customSubDomainName: toLower(name)
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
    }
  }
}

resource cognitiveServicesUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, identityPrincipalId, cognitiveServicesUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUserRoleId)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = account.name
output endpoint string = account.properties.endpoint
